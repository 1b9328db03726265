package io.careers.testkit;

import io.careers.contracts.kafka.KafkaAccess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure process of {@code ./platform up}: embedded PostgreSQL (or the server named by
 * {@code DATABASE_URL}) with one database per service, and an embedded Kafka broker (or the one
 * named by {@code KAFKA_BOOTSTRAP_SERVERS}). Data is kept under the data directory between runs. A
 * PostgreSQL that outlived the process before it (killed) is taken over, not restarted.
 * Prints {@code READY} once both answer, then runs until it is stopped.
 *
 * <p>Arguments: {@code <dataDir> <database>...}. Environment: {@code POSTGRES_PORT} (5432),
 * {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093); {@code KAFKA_STATE_DIR} turns on
 * SASL authentication and the ACLs of {@link KafkaAccess}: the principals' passwords are made there
 * once, with a client configuration per principal ({@link KafkaClientFiles}), and each partner in
 * {@code KAFKA_PARTNER_FEEDS} (comma-separated) gets a principal and a feed topic. Without it the broker is PLAINTEXT and open (benchmarks).
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    /**
     * @param args data directory, then the databases to create if missing
     * @throws Exception when a component cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalInfrastructure <dataDir> <database>...");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        List<String> databases = List.of(args).subList(1, args.length);

        PostgresServer postgres = startPostgres(dataDir);
        for (String database : databases) {
            ensureDatabase(postgres, database);
        }
        System.out.println("postgres " + postgres.origin() + " " + postgres.jdbcUrl("postgres"));

        KafkaCluster kafka = startKafka(dataDir);
        System.out.println("kafka " + kafka.origin() + " " + kafka.bootstrapServers());
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static PostgresServer startPostgres(Path dataDir) {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalPostgres(url, env("DATABASE_USER", "postgres"), env("DATABASE_PASSWORD", ""), "environment");
        }
        int port = Integer.parseInt(env("POSTGRES_PORT", "5432"));
        Path postgresDir = dataDir.resolve("postgres");
        Optional<AdoptedPostgres> survivor = AdoptedPostgres.find(postgresDir, port);
        if (survivor.isPresent()) {
            Runtime.getRuntime().addShutdownHook(new Thread(survivor.get()::stop, "postgres-stop"));
            return survivor.get();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(port, postgresDir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
        return server;
    }

    private static KafkaCluster startKafka(Path dataDir) {
        String servers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (servers != null && !servers.isBlank()) {
            return new ExternalKafka(servers, "environment");
        }
        int port = Integer.parseInt(env("KAFKA_PORT", "9092"));
        String stateDir = env("KAFKA_STATE_DIR", "");
        List<String> principals = new ArrayList<>(KafkaAccess.platformPrincipals());
        partnerFeeds().forEach(partner -> principals.add(KafkaAccess.partnerPrincipal(partner)));
        KafkaCredentials credentials = stateDir.isEmpty() ? null
            : KafkaClientFiles.prepare(Path.of(stateDir), "localhost:" + port, principals);
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
            port,
            Integer.parseInt(env("KAFKA_CONTROLLER_PORT", "9093")),
            dataDir.resolve("kafka"),
            // A platform's broker is restarted after a crash (./platform supervises it): 3 s instead of
            // Kafka's 9 s before it serves again. Its JVM runs nothing else, so a 3 s silence is a crash.
            Duration.ofSeconds(3),
            credentials);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-stop"));
        if (credentials != null) {
            KafkaProvisioning.apply(broker.adminProperties(), credentials, partnerFeeds(),
                KafkaProvisioning.partnerFeedBytesPerSecond());
        }
        return broker;
    }

    /** The partners that feed through Kafka: those with a principal in {@code KAFKA_PARTNER_FEEDS} (comma-separated). */
    private static List<String> partnerFeeds() {
        return Arrays.stream(env("KAFKA_PARTNER_FEEDS", "").split(","))
            .map(String::trim).filter(partner -> !partner.isEmpty()).toList();
    }

    private static void ensureDatabase(PostgresServer server, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
            } catch (SQLException e) {
                // 42P04 duplicate_database: it is there from an earlier start, which is what we want.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
