package io.careers.testkit;

import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The replay promise of every service: consuming its inputs again from where it started (its
 * offset 0) leaves every table exactly as it was and publishes nothing new.
 */
public final class ReplayCheck {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ReplayCheck() {
    }

    /**
     * Starts the service, lets {@code publish} send records to it, waits until its consumer group
     * committed past every record, and takes the checksums of the tables and the outbox count. Then
     * it moves the group back to where it started, starts the service again, waits the same way,
     * and asserts that nothing changed.
     *
     * @param kafka      a client of the test cluster
     * @param properties the service's test properties (its database and consumer group)
     * @param inputs     the topics it consumes
     * @param tables     the tables a replay must leave as they were
     * @param start      starts the service with the properties, e.g. {@code ApplicationContext::run}
     * @param publish    sends the records, with the running service at hand (and may wait for it)
     * @param <S>        the running service
     * @return the service's database, for further checks
     */
    public static <S extends AutoCloseable> ServiceDatabase assertReplayChangesNothing(KafkaTestClient kafka,
            Map<String, String> properties, Collection<String> inputs, List<String> tables,
            Function<Map<String, Object>, S> start, Consumer<S> publish) {
        String group = properties.get("messaging.consumer.group-id");
        ServiceDatabase database = ServiceDatabase.of(properties);
        Map<TopicPartition, Long> beginning = kafka.endOffsets(inputs);

        Map<String, String> firstRun;
        String outboxRows;
        try (S service = start.apply(new LinkedHashMap<>(properties))) {
            publish.accept(service);
            kafka.awaitGroupAt(group, kafka.endOffsets(inputs), WAIT);
            firstRun = database.checksums(tables);
            outboxRows = database.single("SELECT count(*) FROM messaging.outbox");
        } catch (Exception e) {
            throw new IllegalStateException("the service did not run", e);
        }

        kafka.commitGroupOffsets(group, beginning);
        try (S replay = start.apply(new LinkedHashMap<>(properties))) {
            kafka.awaitGroupAt(group, kafka.endOffsets(inputs), WAIT);
            assertEquals(firstRun, database.checksums(tables), "every table byte-for-byte the same");
            assertEquals(outboxRows, database.single("SELECT count(*) FROM messaging.outbox"), "no event published again");
        } catch (Exception e) {
            throw new IllegalStateException("the service did not run again", e);
        }
        return database;
    }
}
