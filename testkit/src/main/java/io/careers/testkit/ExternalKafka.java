package io.careers.testkit;

import java.util.Optional;

/**
 * A Kafka cluster known by its address: one named by {@code KAFKA_BOOTSTRAP_SERVERS}, or a container's.
 *
 * @param bootstrapServers its address
 * @param origin           {@code environment} or {@code testcontainers}
 * @param secrets          its principals' passwords where it authenticates ({@code KAFKA_CREDENTIALS_FILE}), else null
 */
record ExternalKafka(String bootstrapServers, String origin, KafkaCredentials secrets) implements KafkaCluster {

    /** A cluster without authentication. */
    ExternalKafka(String bootstrapServers, String origin) {
        this(bootstrapServers, origin, null);
    }

    @Override
    public Optional<KafkaCredentials> credentials() {
        return Optional.ofNullable(secrets);
    }
}
