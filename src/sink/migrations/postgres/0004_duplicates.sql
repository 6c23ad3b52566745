-- union-news reporting schema, version 4 (PostgreSQL): duplicate articles.
-- body_hash: the first 64 bits of the sha256 of the article's normalized body (its words in
-- lower case, without the headline), 16 hex digits; simhash: the body's 64-bit SimHash over
-- word 3-shingles, as a signed integer. Both NULL for a body of fewer than 30 words (never a
-- duplicate) and for articles stored before this version (until a changed record of theirs is loaded).
-- duplicate_of: the id of the article stored earlier (or earlier in the same run) whose body
-- this one repeats; duplicate_kind 'exact' or 'near', duplicate_similarity 1 − differing
-- SimHash bits / 64. NULL for an original. Reports count the facts of originals only.
-- The four 16-bit bands of the SimHash of originals are indexed: an article loaded later
-- finds the stored originals that share a band with its SimHash (all within 3 bits, most
-- within 5), and is marked a near copy of the closest within 5 bits.

ALTER TABLE articles ADD COLUMN IF NOT EXISTS body_hash TEXT;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS simhash BIGINT;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of TEXT;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_kind TEXT CHECK (duplicate_kind IN ('exact', 'near'));
ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_similarity DOUBLE PRECISION;
CREATE INDEX IF NOT EXISTS articles_body_hash ON articles (body_hash);
CREATE INDEX IF NOT EXISTS articles_simhash_band0 ON articles ((simhash & 65535))
    WHERE duplicate_of IS NULL AND simhash IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_simhash_band1 ON articles (((simhash >> 16) & 65535))
    WHERE duplicate_of IS NULL AND simhash IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_simhash_band2 ON articles (((simhash >> 32) & 65535))
    WHERE duplicate_of IS NULL AND simhash IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_simhash_band3 ON articles (((simhash >> 48) & 65535))
    WHERE duplicate_of IS NULL AND simhash IS NOT NULL;
COMMENT ON COLUMN articles.duplicate_of IS 'refers to articles.id: the original whose body this article repeats';
