package io.careers.tools.deadletter;

import io.careers.contracts.DeadLetterHeaders;
import io.careers.contracts.kafka.KafkaAccess;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.careers.tools.cli.CareersTools;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dead-letters command against a real broker: what it lists, and what it sends again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersIT {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final String topic = "tools-test." + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    private final String servers = TestInfrastructure.kafka().bootstrapServers();
    private final String clientConfig = TestInfrastructure.clientConfigFile(KafkaAccess.ADMIN).toString();

    @AfterAll
    void close() {
        kafka.close();
    }

    private RecordMetadata reject(String key, String value, String reason, long originalOffset) {
        return kafka.send(topic + ".dlt", key, value.getBytes(StandardCharsets.UTF_8), Map.of(
            DeadLetterHeaders.REASON, reason, DeadLetterHeaders.ORIGINAL_TOPIC, topic,
            DeadLetterHeaders.ORIGINAL_PARTITION, "0", DeadLetterHeaders.ORIGINAL_OFFSET, Long.toString(originalOffset)));
    }

    @Test
    void listsTheReasonsAndSendsChosenRecordsAgainAsTheyWereOrCorrected() throws Exception {
        kafka.createTopics(List.of(topic, topic + ".dlt"));
        RecordMetadata first = reject("OEWS-2023-05", "{\"n\":1}", "parts: [all] disagrees with [national, state]", 7);
        RecordMetadata second = reject("OEWS-2022-05:0000000:29-2072", "{\"n\":2}", "referencePeriod: 2023-05 disagrees", 9);

        StringWriter listed = new StringWriter();
        assertEquals(0, CareersTools.run(new PrintWriter(listed), "dead-letters", "list", topic, "--key-prefix", "OEWS-2023",
            "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertTrue(listed.toString().contains(topic + ".dlt: 1 record(s) with keys starting OEWS-2023"), listed.toString());
        assertTrue(listed.toString().contains(first.partition() + ":" + first.offset() + "  key OEWS-2023-05  (was " + topic
            + " 0:7)\n    parts: [all] disagrees with [national, state]"), listed.toString());

        Path fixed = Files.createTempFile("fixed", ".json");
        Files.writeString(fixed, "{\"n\":3}\n");
        assertEquals(0, CareersTools.run(new PrintWriter(new StringWriter()), "dead-letters", "replay", topic, "--records",
            first.partition() + ":" + first.offset(), "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertEquals(0, CareersTools.run(new PrintWriter(new StringWriter()), "dead-letters", "replay", topic + ".dlt",
            "--records", second.partition() + ":" + second.offset(), "--value-file", fixed.toString(),
            "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertEquals(1, CareersTools.run(new PrintWriter(new StringWriter()), "dead-letters", "replay", topic, "--records",
            "0:999", "--bootstrap-servers", servers, "--command-config", clientConfig), "an unknown record sends nothing");

        List<ConsumerRecord<byte[], byte[]>> sent = kafka.readUntil(topic, records -> records.size() >= 2, Duration.ofSeconds(20));
        assertEquals(Set.of("OEWS-2023-05={\"n\":1}", "OEWS-2022-05:0000000:29-2072={\"n\":3}"), sent.stream()
            .map(r -> KafkaTestClient.text(r.key()) + "=" + KafkaTestClient.text(r.value())).collect(Collectors.toSet()));
        assertEquals(2, kafka.readAll(topic, Duration.ofSeconds(1)).size(), "nothing else");
    }
}
