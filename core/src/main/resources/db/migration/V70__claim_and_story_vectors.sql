-- Sentence vectors (all-MiniLM-L6-v2, 384 dimensions, a signed byte each): each claim's, computed when the claim is
-- first compared and kept so that a restart computes none again; and each article's, beside its story signature,
-- which story assignment compares. Rows stored before this have none until they are next needed.
alter table claim add column vector ${bytes};
alter table article add column story_vector ${bytes};
