package io.careers.messaging.inbound;

/**
 * Values every {@code @KafkaListener} of the platform uses with
 * {@code @ErrorStrategy(value = RETRY_ON_ERROR, retryCount = RETRY_FOREVER, retryDelay = RETRY_DELAY)}.
 *
 * <p>Only transient failures reach the error strategy ({@link InboundProcessor} dead-letters bad
 * records itself), so retrying without end is right: skipping would lose data, and the consumer
 * resumes by itself once the database or Kafka is back.
 */
public final class ListenerDefaults {
    /** Retry a failed batch until it succeeds. */
    public static final int RETRY_FOREVER = Integer.MAX_VALUE;
    /** Pause between attempts. */
    public static final String RETRY_DELAY = "1s";

    private ListenerDefaults() {
    }
}
