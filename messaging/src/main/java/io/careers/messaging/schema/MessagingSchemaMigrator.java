package io.careers.messaging.schema;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Creates the messaging tables (outbox, inbox) in every service database. The library keeps its
 * own Flyway history table, so its migrations are versioned apart from the service's own and a new
 * library migration never clashes with a service's.
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "messaging.schema.migrate", notEquals = "false")
public class MessagingSchemaMigrator implements BeanCreatedEventListener<DataSource> {

    /** Flyway history table of the messaging library. */
    public static final String HISTORY_TABLE = "messaging_schema_history";

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        // Micronaut Data wraps the pool in a proxy that looks the DataSource bean up again, which
        // is still being created: migrate through the pool itself.
        Flyway.configure()
            .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
            .locations("classpath:db/messaging")
            .table(HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
        return dataSource;
    }
}
