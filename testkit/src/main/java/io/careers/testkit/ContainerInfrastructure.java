package io.careers.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL and Kafka in containers, used when a Docker engine answers. Written and documented,
 * not exercised on the project's own machines (they have no Docker engine).
 */
final class ContainerInfrastructure {
    static final String POSTGRES_IMAGE = "postgres:14-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:3.9.1";

    private ContainerInfrastructure() {
    }

    /** @return whether a Docker engine is reachable; cheap when there is clearly none */
    static boolean dockerAvailable() {
        boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!hint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static PostgresServer postgres() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE)
            .withCommand("postgres", "-c", "max_connections=300");
        container.start();
        return new ExternalPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
    }

    static KafkaCluster kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new ExternalKafka(container.getBootstrapServers(), "testcontainers");
    }
}
