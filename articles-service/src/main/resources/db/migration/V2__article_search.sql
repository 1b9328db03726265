-- Full-text search over live articles (GET /api/v1/articles/search, the gateway's careers?q=).
-- live_text is the live revision's headings and Markdown without figure tokens, link targets and
-- Markdown marks, written with the other live copies; live_search is derived from the live copies,
-- title first, so a word in the title ranks above the same word in the text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE article ADD COLUMN live_text text;
ALTER TABLE article ADD COLUMN live_search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(live_title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(live_summary, '')), 'B')
    || setweight(to_tsvector('english', coalesce(live_text, '')), 'C')) STORED;

CREATE INDEX article_live_search ON article USING gin (live_search) WHERE live_revision IS NOT NULL;
-- Typing mistakes in titles ("medcal recrds") are found by trigram similarity.
CREATE INDEX article_live_title_trigrams ON article USING gin (live_title gin_trgm_ops) WHERE live_revision IS NOT NULL;

-- Articles live before this migration: the same text SearchText writes for later publishes.
UPDATE article a SET live_text = (
    SELECT btrim(regexp_replace(regexp_replace(regexp_replace(
               string_agg(coalesce(s ->> 'heading', '') || E'\n' || coalesce(s ->> 'markdown', ''), E'\n'),
               '\{\{[^}]*\}\}', ' ', 'g'),
               '\]\([^)]*\)', ']', 'g'),
               '[*_#>`\[\]]+', ' ', 'g'))
      FROM article_revision r, jsonb_array_elements(r.document -> 'sections') s
     WHERE r.article_id = a.id AND r.revision = a.live_revision)
 WHERE a.live_revision IS NOT NULL;
