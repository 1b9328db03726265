package io.careers.testkit;

/** A running PostgreSQL server that can hand out databases. */
public interface PostgresServer {

    /**
     * @param database a database on this server
     * @return its JDBC URL
     */
    String jdbcUrl(String database);

    /** @return user with the right to create databases; the embedded servers' superuser {@code postgres} unless overridden */
    default String username() {
        return "postgres";
    }

    /** @return that user's password; none for the embedded servers unless overridden */
    default String password() {
        return "";
    }

    /** @return where the server came from: {@code environment}, {@code testcontainers} or {@code embedded} */
    String origin();
}
