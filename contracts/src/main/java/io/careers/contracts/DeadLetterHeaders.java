package io.careers.contracts;

/** Header names of a dead-letter record (contracts v1, "Kafka conventions"), for the services that write them and the tools that read them. */
public final class DeadLetterHeaders {
    /** Why the record was rejected, human-readable. */
    public static final String REASON = "dlt.reason";
    /** Class name of the exception that rejected it. */
    public static final String EXCEPTION = "dlt.exception";
    /** Topic it was consumed from. */
    public static final String ORIGINAL_TOPIC = "dlt.original-topic";
    /** Partition it was consumed from. */
    public static final String ORIGINAL_PARTITION = "dlt.original-partition";
    /** Offset it had there. */
    public static final String ORIGINAL_OFFSET = "dlt.original-offset";

    private DeadLetterHeaders() {
    }
}
