-- The claim engine's warnings are kept as the key of their text in the core bundle and its arguments (a JSON
-- array), one row each, so every reader sees them in their own language. Warnings stored before were English
-- text in a JSON array of strings: each becomes an engine.legacy row whose one argument is that text. The engine
-- wrote them from fixed sentences with figures and a Java class name, never a quotation mark, so the array
-- splits at its "," separators.

create table article_warning (
    article_id bigint       not null references article (id),
    position   integer      not null,
    code       varchar(100) not null,
    arguments  ${text}      not null,
    primary key (article_id, position)
);

insert into article_warning (article_id, position, code, arguments)
with recursive pending (article_id, position, warning, rest) as (
    select id, -1, cast('' as varchar), cast(substring(warnings from 2 for char_length(warnings) - 2) as varchar)
    from article
    where warnings <> '[]'
    union all
    select article_id, position + 1,
           cast(case when position('","' in rest) > 0
                     then substring(rest from 1 for position('","' in rest))
                     else rest end as varchar),
           cast(case when position('","' in rest) > 0
                     then substring(rest from position('","' in rest) + 2)
                     else '' end as varchar)
    from pending
    where rest <> ''
)
select article_id, position, 'engine.legacy', '[' || warning || ']'
from pending
where position >= 0;

alter table article drop column warnings;
