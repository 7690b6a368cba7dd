-- Where the sentence each claim stands in begins and ends in its article's cleaned text, as the engine read it:
-- the server then compares a short quote through the same sentence as the analyze command. Claims stored before
-- have none; their sentence is read back from the text around them, as before.

alter table claim add column sentence_start integer;
alter table claim add column sentence_end integer;
