package io.careers.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server reached by a JDBC URL such as {@code jdbc:postgresql://host:5432/postgres}: one named by
 * {@code DATABASE_URL}, or a container's.
 */
final class ExternalPostgres implements PostgresServer {
    private static final Pattern JDBC = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");

    private final String prefix;
    private final String query;
    private final String user;
    private final String password;
    private final String origin;

    ExternalPostgres(String url, String user, String password, String origin) {
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("DATABASE_URL must be a JDBC URL like jdbc:postgresql://host:5432/postgres, was " + url);
        }
        this.prefix = m.group(1);
        this.query = m.group(3) == null ? "" : m.group(3);
        this.user = user;
        this.password = password;
        this.origin = origin;
    }

    @Override
    public String jdbcUrl(String database) {
        return prefix + "/" + database + query;
    }

    @Override
    public String username() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String origin() {
        return origin;
    }
}
