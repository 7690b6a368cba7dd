-- The JSON arrays V142 moved into article_removed_line and article_restored_line.
alter table article drop column removed_fragments;
alter table article drop column restored_fragments;
