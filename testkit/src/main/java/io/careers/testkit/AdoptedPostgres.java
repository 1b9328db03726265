package io.careers.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform's PostgreSQL when it outlived the infrastructure process that started it (that
 * process was killed; PostgreSQL runs in a process group of its own). The next infrastructure
 * process takes it over instead of restarting it, so a crash of the broker's JVM does not take
 * the services' database away too; stopping the infrastructure stops it as before.
 */
final class AdoptedPostgres implements PostgresServer {
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final long postmaster;
    private final int port;

    private AdoptedPostgres(long postmaster, int port) {
        this.postmaster = postmaster;
        this.port = port;
    }

    /**
     * @param dataDir the platform's PostgreSQL data directory
     * @param port    the port it listens on
     * @return the server running on that data directory, when one is and it answers
     */
    static Optional<AdoptedPostgres> find(Path dataDir, int port) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && Files.readString(Path.of("/proc/" + pid + "/cmdline")).contains("postgres");
            if (!alive) {
                return Optional.empty();
            }
            AdoptedPostgres server = new AdoptedPostgres(pid, port);
            try (Connection ignored = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password())) {
                return Optional.of(server);
            }
        } catch (IOException | RuntimeException | SQLException e) {
            // Anything unclear (a stale pid file, a server that does not answer): start a fresh one as usual.
            return Optional.empty();
        }
    }

    /** Stops it as the embedded server stops: a fast shutdown (SIGINT), waiting for it to end. */
    void stop() {
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(postmaster))).inheritIO().start().waitFor();
            ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)
                .exceptionally(e -> null).join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public String origin() {
        return "embedded (taken over from the infrastructure process before)";
    }
}
