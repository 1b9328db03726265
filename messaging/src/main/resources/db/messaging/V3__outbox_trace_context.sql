-- The trace context an event was written in (its propagation headers, one "name: value" per line),
-- so that the relay, later and perhaps in another instance, publishes it as part of the same trace.
ALTER TABLE messaging.outbox ADD COLUMN trace_context text;
