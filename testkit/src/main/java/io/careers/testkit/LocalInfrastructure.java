package io.careers.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
 * {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093).
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
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
            Integer.parseInt(env("KAFKA_PORT", "9092")),
            Integer.parseInt(env("KAFKA_CONTROLLER_PORT", "9093")),
            dataDir.resolve("kafka"),
            // A platform's broker is restarted after a crash (./platform supervises it): 3 s instead of
            // Kafka's 9 s before it serves again. Its JVM runs nothing else, so a 3 s silence is a crash.
            Duration.ofSeconds(3));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-stop"));
        return broker;
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
