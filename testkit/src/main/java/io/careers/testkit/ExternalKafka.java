package io.careers.testkit;

/**
 * A Kafka cluster known by its address: one named by {@code KAFKA_BOOTSTRAP_SERVERS}, or a container's.
 *
 * @param bootstrapServers its address
 * @param origin           {@code environment} or {@code testcontainers}
 */
record ExternalKafka(String bootstrapServers, String origin) implements KafkaCluster {
}
