-- Transactional outbox: rows are written in the transaction of the change they describe and
-- published to Kafka by the relay after commit, in id order.
CREATE TABLE messaging.outbox (
    id           bigserial   PRIMARY KEY,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    event_id     uuid        NOT NULL UNIQUE,
    event_type   text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);

CREATE INDEX outbox_pending ON messaging.outbox (id) WHERE published_at IS NULL;
CREATE INDEX outbox_published ON messaging.outbox (published_at) WHERE published_at IS NOT NULL;
