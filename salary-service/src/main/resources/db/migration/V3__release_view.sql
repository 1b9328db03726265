-- A release as the read API and the promotion see it: its row with the distinct estimates counted
-- so far (the sum of its receipts). Mapped by ReleaseRow.
CREATE VIEW release_view AS
SELECT r.release_id, r.reference_period, r.survey, r.expected_count,
       COALESCE((SELECT sum(rr.received) FROM release_receipt rr WHERE rr.release_id = r.release_id), 0)::bigint
           AS received_count,
       r.status, r.completion_received_at, r.promoted_at
FROM release r;
