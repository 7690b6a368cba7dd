-- What lists head an article with, beside its text: queues and lists never read the text column, which can hold
-- megabytes. The application writes the normalised heading for every new or re-analysed article; older rows get
-- the opening of their title or text, which the lists normalise as they show it.
alter table article add column heading varchar(120);
update article set heading = substring(coalesce(title, cleaned_text), 1, 100);
alter table article alter column heading set not null;
