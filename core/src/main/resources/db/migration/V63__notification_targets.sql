-- A notification names what it is about (kind and id) instead of a web address: the pages, not the core, know
-- where each kind is shown. The addresses stored so far all end in "?id=<number>" and name their kind by path.
alter table notification add column target_type varchar(20);
alter table notification add column target_id bigint;
update notification set target_type = case
        when link like '/approval/review.xhtml%' then 'REVIEW'
        when link like '/factcheck/article.xhtml%' then 'ARTICLE'
        else 'CLAIM' end,
    target_id = cast(substring(link, position('=' in link) + 1) as bigint);
alter table notification alter column target_type set not null;
alter table notification alter column target_id set not null;
alter table notification drop column link;
