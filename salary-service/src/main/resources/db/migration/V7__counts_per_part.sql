-- Received and rejected estimates are counted per part of a release: a job publishing one part sets
-- the header careers.release-part on its estimates; estimates without it count for the part 'all'.
ALTER TABLE release_receipt ADD COLUMN part text NOT NULL DEFAULT 'all';
ALTER TABLE release_receipt DROP CONSTRAINT release_receipt_pkey;
ALTER TABLE release_receipt ADD PRIMARY KEY (release_id, part, shard);
ALTER TABLE release_rejection ADD COLUMN part text;
