-- Articles: one row per article with its workflow state; every save is a row of article_revision.
CREATE TABLE article (
    id                  uuid PRIMARY KEY,
    status              text        NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    latest_revision     int         NOT NULL,
    -- The revision readers see; null while nothing is published.
    live_revision       int,
    -- A publish planned for later: which revision, and when.
    scheduled_revision  int,
    publish_at          timestamptz,
    first_published_at  timestamptz,
    live_published_at   timestamptz,
    -- Copies of the live revision's fields the public list filters and shows.
    live_slug           text,
    live_title          text,
    live_summary        text,
    live_category       text,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK ((publish_at IS NULL) = (scheduled_revision IS NULL))
);
CREATE INDEX article_live_by_category ON article (live_category, live_published_at DESC) WHERE live_revision IS NOT NULL;
CREATE INDEX article_due ON article (publish_at) WHERE publish_at IS NOT NULL;

CREATE TABLE article_revision (
    article_id  uuid        NOT NULL REFERENCES article (id),
    revision    int         NOT NULL,
    document    jsonb       NOT NULL,
    author      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    -- What changed against the revision before it: field names such as title, sections[2].
    changes     text[]      NOT NULL,
    restored_from int,
    PRIMARY KEY (article_id, revision)
);

-- Every slug an article has ever claimed: a slug belongs to one article for good, so an old
-- link keeps resolving to the article that used it. Only slugs that have been live resolve.
CREATE TABLE article_slug (
    slug        text PRIMARY KEY,
    article_id  uuid        NOT NULL REFERENCES article (id),
    claimed_at  timestamptz NOT NULL,
    first_live_at timestamptz
);
CREATE INDEX article_slug_by_article ON article_slug (article_id);

-- Read model of salary.occupation-stats.v1: the latest event per occupation, as published.
CREATE TABLE occupation_figures (
    code        text PRIMARY KEY,
    title       text        NOT NULL,
    soc_version text,
    current     jsonb,
    history     jsonb       NOT NULL,
    projection  jsonb,
    lineage     jsonb       NOT NULL,
    -- occurredAt of the event applied: an older or equal one changes nothing (redelivery, replay).
    stats_at    timestamptz NOT NULL
);

-- Every projection period seen per occupation, for tokens pinned to a projection period.
CREATE TABLE occupation_projection (
    code        text NOT NULL,
    period      text NOT NULL,
    figures     jsonb       NOT NULL,
    stats_at    timestamptz NOT NULL,
    PRIMARY KEY (code, period)
);

-- Read model of salary.release-events.v1: each promotion, for the staleness report.
CREATE TABLE release_promotion (
    release_id                text PRIMARY KEY,
    reference_period          text        NOT NULL,
    survey                    text        NOT NULL,
    previous_release_id       text,
    previous_reference_period text,
    changed_occupations       text[]      NOT NULL,
    promoted_at               timestamptz NOT NULL
);
