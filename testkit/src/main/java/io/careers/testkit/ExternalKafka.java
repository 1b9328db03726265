package io.careers.testkit;

/** A Kafka cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}. */
record ExternalKafka(String bootstrapServers) implements KafkaCluster {
    @Override
    public String origin() {
        return "environment";
    }
}
