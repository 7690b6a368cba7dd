-- The fingerprint of every line of each article's source as first cleaned (at most 2000, 8 bytes each): the
-- outlet's next copies are compared with them, so that a line it prints around other stories is cut as site chrome
-- on the server as the analyze command cuts it across a folder. Articles stored before have none and count for
-- nothing until they are stored again.
alter table article add column line_fingerprints ${fingerprints};
