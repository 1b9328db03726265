-- Releases: PENDING until the completion record and exactly expected_count distinct estimates are
-- in; then CURRENT (one at a time), SUPERSEDED by a newer period, or HISTORICAL (older period
-- completing late).
CREATE TABLE release (
    release_id             text        PRIMARY KEY,
    reference_period       text        NOT NULL,
    survey                 text,
    expected_count         bigint,
    status                 text        NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'CURRENT', 'SUPERSEDED', 'HISTORICAL')),
    completion_received_at timestamptz,
    promoted_at            timestamptz,
    first_seen_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX release_one_current ON release (status) WHERE status = 'CURRENT';

-- Distinct estimates received per release, counted per Kafka partition so that the consumers of
-- different partitions never wait for each other; a release's count is the sum.
CREATE TABLE release_receipt (
    release_id text   NOT NULL REFERENCES release (release_id),
    shard      int    NOT NULL,
    received   bigint NOT NULL,
    PRIMARY KEY (release_id, shard)
);

-- One OEWS estimate per release, area and occupation, exactly as published: a footnoted measure
-- (footnotes: measure path -> TOP_CODED, NOT_RELEASED, HOURLY_ONLY, ANNUAL_ONLY) has no number.
CREATE TABLE wage_estimate (
    release_id       text     NOT NULL REFERENCES release (release_id),
    area_code        char(7)  NOT NULL,
    soc_code         char(7)  NOT NULL,
    area_type        text     NOT NULL,
    area_name        text,
    occupation_title text     NOT NULL,
    soc_version      text,
    employment       bigint,
    hourly_mean      numeric, hourly_p10 numeric, hourly_p25 numeric, hourly_median numeric,
    hourly_p75       numeric, hourly_p90 numeric,
    annual_mean      numeric, annual_p10 numeric, annual_p25 numeric, annual_median numeric,
    annual_p75       numeric, annual_p90 numeric,
    footnotes        jsonb    NOT NULL DEFAULT '{}',
    revision         integer  NOT NULL,
    PRIMARY KEY (release_id, area_code, soc_code)
);
CREATE INDEX wage_estimate_by_occupation ON wage_estimate (soc_code, area_code);
