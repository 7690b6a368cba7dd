-- Work distribution: outlets have a priority that sets how soon their articles are due; users pick their language.

alter table outlet add column priority varchar(20) default 'NORMAL' not null;
alter table article add column due_at timestamp(6) with time zone;
update article set due_at = ingested_at + interval '1' day where due_at is null;
alter table app_user add column locale varchar(10) default 'en' not null;
