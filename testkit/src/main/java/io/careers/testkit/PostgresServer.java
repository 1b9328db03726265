package io.careers.testkit;

/** A running PostgreSQL server that can hand out databases. */
public interface PostgresServer {

    /**
     * @param database a database on this server
     * @return its JDBC URL
     */
    String jdbcUrl(String database);

    /** @return user with the right to create databases */
    String username();

    /** @return that user's password (may be empty) */
    String password();

    /** @return where the server came from: {@code environment}, {@code testcontainers} or {@code embedded} */
    String origin();
}
