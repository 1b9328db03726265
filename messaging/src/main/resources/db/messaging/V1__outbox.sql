-- Transactional outbox: rows are written in the transaction of the change they describe and
-- published to Kafka by the relay after commit, in id order.
CREATE TABLE messaging_outbox (
    id           bigserial   PRIMARY KEY,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    event_id     uuid        NOT NULL UNIQUE,
    event_type   text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);

CREATE INDEX messaging_outbox_pending ON messaging_outbox (id) WHERE published_at IS NULL;
CREATE INDEX messaging_outbox_published ON messaging_outbox (published_at) WHERE published_at IS NOT NULL;
