-- Partners feed listings with their own API keys: a key is "<key_id>.<secret>"; only a SHA-256 of
-- the secret is stored. A partner may hold two active keys while rotating; a key can be revoked.
CREATE TABLE partner (
    partner_id text        PRIMARY KEY,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partner_api_key (
    key_id      text        PRIMARY KEY,
    partner_id  text        NOT NULL REFERENCES partner (partner_id),
    secret_hash bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
CREATE INDEX partner_api_key_active ON partner_api_key (partner_id) WHERE revoked_at IS NULL;

-- One institution however many partners list its programs: matched on normalised name, city and
-- state. provenance: field -> {partner, source, at} of the value shown.
CREATE TABLE institution (
    institution_id uuid        PRIMARY KEY,
    match_key      text        NOT NULL UNIQUE,
    name           text        NOT NULL,
    city           text        NOT NULL,
    state          char(2)     NOT NULL,
    ownership      text,
    website        text,
    provenance     jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One program of an institution however many partners list it: matched on the institution, CIP
-- code, credential and normalised title, from which its id is derived (a name-based UUID).
-- Accreditations are the program's; provenance as above.
CREATE TABLE program (
    program_id     uuid        PRIMARY KEY,
    institution_id uuid        NOT NULL REFERENCES institution (institution_id),
    title          text        NOT NULL,
    cip_code       char(7)     NOT NULL,
    credential     text        NOT NULL,
    accreditations text[]      NOT NULL DEFAULT '{}',
    provenance     jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- A partner's listing of a program. version increases with every change; provenance as above.
-- partner_id, institution_id and program_id carry no foreign-key constraints: ListingWriter creates
-- or matches all three in the listing's own transaction and nothing ever deletes them, while the
-- row-level checks cost a third of batch ingest (docs/benchmarks.md); ListingInputIT checks them.
-- The listing keeps the program as its partner sent it (title, CIP, credential, delivery, tuition);
-- institution_sort, state and interactions_30d are derived (from the institution and from
-- listing_interaction_daily) so that the ranked query filters and orders on this table alone.
CREATE TABLE listing (
    listing_id         uuid        PRIMARY KEY,
    partner_id         text        NOT NULL,
    external_id        text        NOT NULL,
    institution_id     uuid        NOT NULL,
    program_id         uuid        NOT NULL,
    institution_sort   text        NOT NULL,
    state              char(2)     NOT NULL,
    interactions_30d   bigint      NOT NULL DEFAULT 0,
    program_title      text        NOT NULL,
    cip_code           char(7)     NOT NULL,
    credential         text        NOT NULL,
    delivery           text        NOT NULL,
    accreditations     text[]      NOT NULL DEFAULT '{}',
    annual_tuition_usd numeric,
    campaign_id        text,
    priority           integer,
    active_from        date,
    active_to          date,
    disclosure         text,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    version            bigint      NOT NULL,
    source             text        NOT NULL CHECK (source IN ('API', 'FEED')),
    provenance         jsonb       NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (partner_id, external_id)
);
CREATE INDEX listing_by_institution ON listing (institution_id);
-- Organic ranking: popularity, then institution name; read in index order, stopping at the page.
CREATE INDEX listing_organic_rank ON listing (cip_code, interactions_30d DESC, institution_sort, program_title, listing_id)
    WHERE status = 'ACTIVE';
-- Page totals: counted from the index alone.
CREATE INDEX listing_filter_count ON listing (cip_code, state, credential, delivery)
    INCLUDE (campaign_id, active_from, active_to) WHERE status = 'ACTIVE';
-- Sponsored placements are few; their campaign dates are checked per query.
CREATE INDEX listing_sponsored ON listing (cip_code, priority DESC) WHERE status = 'ACTIVE' AND campaign_id IS NOT NULL;

-- Popularity: interactions per listing and day, each event counted once (messaging.inbox).
CREATE TABLE listing_interaction_daily (
    listing_id uuid   NOT NULL,
    day        date   NOT NULL,
    views      bigint NOT NULL DEFAULT 0,
    clicks     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (listing_id, day)
);
