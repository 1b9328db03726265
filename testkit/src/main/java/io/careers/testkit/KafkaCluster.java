package io.careers.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A running Kafka cluster. */
public interface KafkaCluster {

    /** @return value for {@code bootstrap.servers} */
    String bootstrapServers();

    /**
     * The settings a client of this cluster connects with as a principal of
     * {@link io.careers.contracts.kafka.KafkaAccess}: bootstrap servers, and on a broker with
     * authentication the principal's SASL settings.
     *
     * @param principal e.g. {@code salary-service}, or {@code admin}
     * @return client properties
     */
    default Map<String, String> clientProperties(String principal) {
        Map<String, String> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        credentials().ifPresent(credentials -> properties.putAll(credentials.clientProperties(principal)));
        return properties;
    }

    /** @return the settings of a client that may do anything: the admin's where there is authentication */
    default Map<String, String> adminProperties() {
        return clientProperties(io.careers.contracts.kafka.KafkaAccess.ADMIN);
    }

    /** @return the principals' passwords, on a broker with authentication; empty on one without */
    default Optional<KafkaCredentials> credentials() {
        return Optional.empty();
    }

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
