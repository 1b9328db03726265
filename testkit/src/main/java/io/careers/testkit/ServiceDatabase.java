package io.careers.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database of a service under test, seen from outside the service: checksums of its tables
 * (a replay must leave them byte-for-byte the same) and an outage that a test starts and ends.
 * It reads the connection from the service's test properties ({@code datasources.default.*}).
 */
public final class ServiceDatabase {
    private final String url;
    private final String user;
    private final String password;

    private ServiceDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @param serviceProperties the properties the service under test runs with
     * @return its database
     */
    public static ServiceDatabase of(Map<String, String> serviceProperties) {
        return new ServiceDatabase(serviceProperties.get("datasources.default.url"),
            serviceProperties.get("datasources.default.username"), serviceProperties.get("datasources.default.password"));
    }

    /**
     * @param tables tables or views, e.g. {@code listing} or {@code messaging.outbox}
     * @return per table, the MD5 of its rows as text in a fixed order
     */
    public Map<String, String> checksums(List<String> tables) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            sums.put(table, single("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table + " t"));
        }
        return sums;
    }

    /**
     * @param sql a query of one row and one column
     * @return its value as text
     */
    public String single(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /**
     * Runs a statement, e.g. test data that no public path writes.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /**
     * Starts an outage: the database refuses new connections and every open one is cut, as when
     * PostgreSQL goes away. The service sees its connections fail until {@link #endOutage()}.
     */
    public void beginOutage() {
        admin("ALTER DATABASE \"" + name() + "\" ALLOW_CONNECTIONS false",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name() + "' AND pid <> pg_backend_pid()");
    }

    /** Ends an outage: the database takes connections again. */
    public void endOutage() {
        admin("ALTER DATABASE \"" + name() + "\" ALLOW_CONNECTIONS true");
    }

    private String name() {
        String path = url.substring(url.indexOf("//") + 2);
        String database = path.substring(path.indexOf('/') + 1);
        int query = database.indexOf('?');
        return query < 0 ? database : database.substring(0, query);
    }

    private void admin(String... statements) {
        PostgresServer server = TestInfrastructure.postgres();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change database " + name(), e);
        }
    }
}
