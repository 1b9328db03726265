package io.careers.messaging.schema;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Creates the messaging tables (outbox, inbox) in every service database, in a PostgreSQL schema of
 * their own ({@code messaging}) with their own Flyway history: the library's migrations are
 * versioned apart from the service's, and the service's Flyway keeps {@code public} to itself.
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "messaging.schema.migrate", notEquals = "false")
public class MessagingSchemaMigrator implements BeanCreatedEventListener<DataSource> {

    /** PostgreSQL schema of the messaging tables. */
    public static final String SCHEMA = "messaging";

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        // Micronaut Data wraps the pool in a proxy that looks the DataSource bean up again, which
        // is still being created: migrate through the pool itself.
        Flyway.configure()
            .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
            .locations("classpath:db/messaging")
            .schemas(SCHEMA)
            .createSchemas(true)
            .load()
            .migrate();
        return dataSource;
    }
}
