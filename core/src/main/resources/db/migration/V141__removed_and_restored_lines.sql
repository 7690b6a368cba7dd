-- What cleaning cut from each article, one row per line in document order with the reason the engine gave, and the
-- lines an editor put back, one row each: tables instead of JSON arrays in the article row. V142 (a Java migration,
-- CutLinesAsRows) moves the arrays stored before into these tables; their lines have no reason, since none was kept.

create table article_removed_line (
    article_id bigint      not null references article (id),
    position   integer     not null,
    text       ${text}     not null,
    reason     varchar(30),
    primary key (article_id, position)
);

create table article_restored_line (
    article_id bigint  not null references article (id),
    position   integer not null,
    text       ${text} not null,
    primary key (article_id, position)
);
