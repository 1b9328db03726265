-- Idempotent consumption: the ids of events a consumer has applied, written in the same
-- transaction as the change. Kept as long as the topics may be replayed.
CREATE TABLE messaging.inbox (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
