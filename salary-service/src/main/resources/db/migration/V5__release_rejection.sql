-- Records of a release that were dead-lettered, as data teams see them on GET /api/v1/releases/{id}.
-- The dead-letter topics hold the records themselves; this is the view by release. A record is
-- noted once however often a replay rejects it again (its topic position is the key). No foreign
-- key: an estimate may be rejected before its release is known.
CREATE TABLE release_rejection (
    topic       text        NOT NULL,
    partition   int         NOT NULL,
    record_offset bigint    NOT NULL,
    release_id  text        NOT NULL,
    record_key  text,
    reason      text        NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition, record_offset)
);
CREATE INDEX release_rejection_by_release ON release_rejection (release_id, rejected_at);
