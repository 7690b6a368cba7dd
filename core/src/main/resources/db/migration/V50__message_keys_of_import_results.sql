-- Import results and failures are read later by people who speak different languages: besides the English text,
-- each keeps the key of its message in the core bundle and the message's arguments (a JSON array), so the page
-- shows it in the reader's language. Rows written before have no key and stay in English.

alter table import_entry add column reason_key varchar(100);
alter table import_entry add column reason_arguments ${text};
alter table import_job add column failure_key varchar(100);
alter table import_job add column failure_arguments ${text};
