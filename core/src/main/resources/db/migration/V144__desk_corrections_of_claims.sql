-- The desk corrects the engine: a claim's span and speaker can be edited, a claim dismissed with a reason, and a
-- claim the engine missed added by hand. What the engine found is kept beside the correction (null while nobody
-- changed it), so the engine's version stays visible.
alter table claim add column engine_text varchar(4000);
alter table claim add column engine_speaker varchar(200);
alter table claim add column speaker_corrected boolean default false not null;
alter table claim add column dismissal_reason varchar(500);
alter table claim add column added_by_desk boolean default false not null;
-- the reason is audited with the claim's state, so the history shows why a claim left the queues
alter table claim_aud add column dismissal_reason varchar(500);
