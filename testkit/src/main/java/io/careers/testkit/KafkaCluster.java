package io.careers.testkit;

/** A running Kafka cluster. */
public interface KafkaCluster {

    /** @return value for {@code bootstrap.servers} */
    String bootstrapServers();

    /** @return where the broker came from: {@code environment}, {@code testcontainers} or {@code embedded} */
    String origin();

    /**
     * Stops the broker and starts it again on the same address with the same data.
     *
     * @return false where this cluster cannot be restarted from here (environment, container)
     */
    default boolean restart() {
        return false;
    }
}
