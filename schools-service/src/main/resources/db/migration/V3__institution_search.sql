-- Schools searchable by institution name and city (GET /api/v1/schools?q=): every word typed must
-- start a word of the name or the city. 'simple' keeps names as written (no English stemming).
ALTER TABLE institution ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', name || ' ' || city)) STORED;
CREATE INDEX institution_search ON institution USING gin (search);
