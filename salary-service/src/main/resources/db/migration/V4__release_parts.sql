-- A release may be published in parts by separate jobs (BLS ships national, state, metropolitan and
-- nonmetropolitan files): each part's completion record names every part of the release and counts
-- its own estimates. The release's completion (completion_received_at, expected_count) is recorded
-- only once every named part is in, expected_count being their sum; a release published in one
-- step has one part, 'all'.
ALTER TABLE release ADD COLUMN parts text[];

CREATE TABLE release_part (
    release_id     text        NOT NULL REFERENCES release (release_id),
    part           text        NOT NULL,
    estimate_count bigint      NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (release_id, part)
);

INSERT INTO release_part (release_id, part, estimate_count, received_at)
SELECT release_id, 'all', expected_count, completion_received_at
FROM release WHERE completion_received_at IS NOT NULL AND expected_count IS NOT NULL;
UPDATE release SET parts = ARRAY['all'] WHERE completion_received_at IS NOT NULL;

-- The view gains the parts named so far and those whose completion record is in.
DROP VIEW release_view;
CREATE VIEW release_view AS
SELECT r.release_id, r.reference_period, r.survey, r.expected_count,
       COALESCE((SELECT sum(rr.received) FROM release_receipt rr WHERE rr.release_id = r.release_id), 0)::bigint
           AS received_count,
       r.status, r.completion_received_at, r.promoted_at, r.parts,
       ARRAY(SELECT p.part FROM release_part p WHERE p.release_id = r.release_id ORDER BY p.part) AS parts_received
FROM release r;
