-- The headline a desk chief wrote for the public pages, in place of the one the engine found; null where nobody did.
-- It is audited like the engine's title.
alter table article add column headline varchar(500);
alter table article_aud add column headline varchar(500);
