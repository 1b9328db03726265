package io.careers.tools.replay;

import io.careers.contracts.kafka.KafkaAccess;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.careers.tools.cli.CareersTools;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code replay} moves a stopped service's consumer group, and refuses while the service runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final String servers = TestInfrastructure.kafka().bootstrapServers();
    private final String clientConfig = TestInfrastructure.clientConfigFile(KafkaAccess.ADMIN).toString();

    @AfterAll
    void close() {
        kafka.close();
    }

    /** A topic with six records, two per partition, and a group that consumed them all. */
    private String consumedTopic(String group) {
        String topic = "replay.test." + UUID.randomUUID();
        kafka.createTopics(List.of(topic));
        for (int i = 0; i < 6; i++) {
            kafka.send(topic, "key-" + i, "{\"n\": " + i + "}");
        }
        kafka.commitGroupOffsets(group, kafka.endOffsets(List.of(topic)));
        return topic;
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        assertEquals(expectedExit, CareersTools.run(new PrintWriter(out, true), args), out.toString());
        return out.toString();
    }

    private Map<Integer, Long> committed(String group) throws Exception {
        try (Admin admin = Admin.create(TestInfrastructure.kafkaClient(KafkaAccess.ADMIN))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
        }
    }

    @Test
    void aStoppedServiceIsMadeToConsumeItsTopicsAgainFromTheStart() throws Exception {
        String group = "replay-earliest-" + UUID.randomUUID();
        String topic = consumedTopic(group);
        long consumed = committed(group).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(6, consumed);

        String dryRun = run(0, "replay", "--group", group, "--dry-run", "--bootstrap-servers", servers, "--command-config", clientConfig);
        assertTrue(dryRun.contains("Dry run: nothing moved."), dryRun);
        assertEquals(6, committed(group).values().stream().mapToLong(Long::longValue).sum(), "a dry run moves nothing");

        String output = run(0, "replay", "--group", group, "--to", "earliest", "--bootstrap-servers", servers, "--command-config", clientConfig);
        assertTrue(output.contains("6 record(s) will be consumed again"), output);
        assertTrue(output.contains(topic + ":0"), output);
        assertEquals(Map.of(0, 0L, 1, 0L, 2, 0L), committed(group));
    }

    @Test
    void aTimeAfterEveryRecordMovesToTheEndAndABadTimeIsAUsageError() throws Exception {
        String group = "replay-time-" + UUID.randomUUID();
        consumedTopic(group);
        run(0, "replay", "--group", group, "--to", Instant.now().plusSeconds(3600).toString(), "--bootstrap-servers", servers, "--command-config", clientConfig);
        assertEquals(6, committed(group).values().stream().mapToLong(Long::longValue).sum(), "nothing after that time");
        run(2, "replay", "--group", group, "--to", "yesterday", "--bootstrap-servers", servers, "--command-config", clientConfig);
    }

    @Test
    void aGroupWithALiveConsumerIsLeftAlone() throws Exception {
        String group = "replay-live-" + UUID.randomUUID();
        String topic = consumedTopic(group);
        try (KafkaConsumer<byte[], byte[]> running = new KafkaConsumer<>(TestInfrastructure.kafkaClient(KafkaAccess.ADMIN, ConsumerConfig.GROUP_ID_CONFIG, group,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            running.subscribe(List.of(topic));
            while (running.assignment().isEmpty()) {
                running.poll(Duration.ofMillis(200));
            }
            StringWriter err = new StringWriter();
            int exit = CareersTools.command(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("replay", "--group", group, "--wait-seconds", "1", "--bootstrap-servers", servers, "--command-config", clientConfig);
            assertEquals(1, exit);
            assertTrue(err.toString().contains("Stop the service first"), err.toString());
        }
        assertEquals(6, committed(group).values().stream().mapToLong(Long::longValue).sum(), "offsets unchanged");
    }
}
