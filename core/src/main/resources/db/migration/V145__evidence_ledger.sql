-- The evidence ledger: each source gets a type (a primary document, an official statement and a data set are
-- primary) and a stance, and the archived copy the server fetched when it was added: when, the HTTP status, the
-- SHA-256 of the bytes, the text, or why it could not be fetched. A fact-check published with a verdict that rests
-- on no primary source carries the desk chief's reason.
alter table evidence add column source_type varchar(30) default 'OTHER' not null;
alter table evidence add column stance varchar(20);
alter table evidence add column snapshot_at timestamp(6) with time zone;
alter table evidence add column snapshot_status integer;
alter table evidence add column snapshot_hash varchar(64);
alter table evidence add column snapshot_content_type varchar(200);
alter table evidence add column snapshot_text ${text};
alter table evidence add column snapshot_problem varchar(60);
alter table evidence_aud add column source_type varchar(30);
alter table evidence_aud add column stance varchar(20);
alter table fact_check add column primary_source_waiver varchar(1000);
