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
        return stop() && start();
    }

    /**
     * Stops the broker, keeping its data, to test what clients do while Kafka is down.
     *
     * @return false where this cluster cannot be stopped from here (environment, container)
     */
    default boolean stop() {
        return false;
    }

    /**
     * Starts a broker stopped by {@link #stop()} again, on the same address.
     *
     * @return false where this cluster cannot be started from here
     */
    default boolean start() {
        return false;
    }
}
