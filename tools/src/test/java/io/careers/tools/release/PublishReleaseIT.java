package io.careers.tools.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.kafka.KafkaAccess;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.careers.tools.cli.CareersTools;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publisher against a real Kafka broker: what it sends, and what it refuses to send. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishReleaseIT {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private String servers;
    /** The data team's principal, as ./platform's .platform/kafka/data-team.properties. */
    private String clientConfig;

    @BeforeAll
    void topics() {
        kafka.createTopics(List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES, Topics.EMPLOYMENT_PROJECTIONS));
        servers = TestInfrastructure.kafka().bootstrapServers();
        clientConfig = TestInfrastructure.clientConfigFile(KafkaAccess.DATA_TEAM).toString();
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void publishesOneSchemaValidEstimatePerRowThenTheCompletion() throws Exception {
        int exit = CareersTools.run("publish-release", "src/test/resources/fixtures/oews-small.csv", "--period", "2024-05",
            "--release-id", "OEWS-TEST-2024-05", "--bootstrap-servers", servers, "--command-config", clientConfig);
        assertEquals(0, exit);
        List<ConsumerRecord<byte[], byte[]>> estimates = recordsOf(Topics.WAGE_ESTIMATES, "OEWS-TEST-2024-05:", 6);
        assertEquals(6, estimates.size());
        for (ConsumerRecord<byte[], byte[]> record : estimates) {
            JsonNode value = ContractJson.readTree(record.value());
            assertEquals(List.of(), ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, value));
        }
        JsonNode completion = ContractJson.readTree(recordsOf(Topics.RELEASES, "OEWS-TEST-2024-05", 1).get(0).value());
        assertEquals(List.of(), ContractSchemas.validate(EventSchema.RELEASE_COMPLETION, completion));
        assertEquals(6, completion.get("estimateCount").asInt());

        // The same file again: the same keys and values, which salary-service ignores (same revision).
        assertEquals(0, CareersTools.run("publish-release", "src/test/resources/fixtures/oews-small.csv", "--period", "2024-05",
            "--release-id", "OEWS-TEST-2024-05", "--bootstrap-servers", servers, "--command-config", clientConfig));
        Map<String, List<String>> byKey = recordsOf(Topics.WAGE_ESTIMATES, "OEWS-TEST-2024-05:", 12).stream()
            .collect(Collectors.groupingBy(r -> KafkaTestClient.text(r.key()), Collectors.mapping(r -> KafkaTestClient.text(r.value()),
                Collectors.toList())));
        assertEquals(6, byKey.size());
        byKey.values().forEach(values -> assertEquals(1, values.stream().distinct().count(), "identical on re-run"));
    }

    @Test
    void aFileWithBadRowsSendsNothingUnlessAskedAndDryRunNeverSends() {
        assertEquals(1, CareersTools.run("publish-release", "src/test/resources/fixtures/oews-bad.csv", "--period", "2024-05",
            "--release-id", "OEWS-BAD-1", "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertEquals(0, CareersTools.run("publish-release", "src/test/resources/fixtures/oews-small.csv", "--period", "2024-05",
            "--release-id", "OEWS-DRY-1", "--dry-run", "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertEquals(1, CareersTools.run("publish-release", "src/test/resources/fixtures/oews-bad.csv", "--period", "2024-05",
            "--release-id", "OEWS-BAD-2", "--skip-invalid", "--bootstrap-servers", servers, "--command-config", clientConfig));
        List<ConsumerRecord<byte[], byte[]>> sent = recordsOf(Topics.WAGE_ESTIMATES, "OEWS-BAD-2:", 1);
        assertEquals(1, sent.size(), "only the good row, with --skip-invalid");
        assertEquals(1, ContractJson.tree(recordsOf(Topics.RELEASES, "OEWS-BAD-2", 1).size()).asInt());
        List<ConsumerRecord<byte[], byte[]>> all = kafka.readAll(Topics.WAGE_ESTIMATES, Duration.ofSeconds(1));
        assertTrue(all.stream().noneMatch(r -> KafkaTestClient.text(r.key()).startsWith("OEWS-BAD-1:")
            || KafkaTestClient.text(r.key()).startsWith("OEWS-DRY-1:")), "nothing of the refused or dry runs");
    }

    @Test
    void aJobPublishingOnePartSendsThatPartsCompletionNamingEveryPart() throws Exception {
        assertEquals(0, CareersTools.run("publish-release", "src/test/resources/fixtures/m2013/state_M2013_dl.csv",
            "src/test/resources/fixtures/m2013/MSA_M2013_dl.csv", "--period", "2013-05", "--release-id", "OEWS-PARTS-2013-05",
            "--part", "areas", "--parts", "national,areas", "--bootstrap-servers", servers, "--command-config", clientConfig));
        assertEquals(5, recordsOf(Topics.WAGE_ESTIMATES, "OEWS-PARTS-2013-05:", 5).size());
        JsonNode completion = ContractJson.readTree(recordsOf(Topics.RELEASES, "OEWS-PARTS-2013-05", 1).get(0).value());
        assertEquals(List.of(), ContractSchemas.validate(EventSchema.RELEASE_COMPLETION, completion));
        assertEquals(5, completion.get("estimateCount").asInt(), "the part's own estimates");
        assertEquals("areas", completion.get("part").asText());
        assertEquals("[\"national\",\"areas\"]", completion.get("parts").toString());

        assertEquals(2, CareersTools.run("publish-release", "src/test/resources/fixtures/m2013/state_M2013_dl.csv",
            "--period", "2013-05", "--part", "areas", "--bootstrap-servers", servers, "--command-config", clientConfig), "--part without --parts");
        assertEquals(1, CareersTools.run("publish-release", "src/test/resources/fixtures/m2013/state_M2013_dl.csv",
            "--period", "2014-05", "--release-id", "OEWS-WRONG-YEAR", "--bootstrap-servers", servers, "--command-config", clientConfig), "a file of 2013");
        assertTrue(kafka.readAll(Topics.WAGE_ESTIMATES, Duration.ofSeconds(1)).stream()
            .noneMatch(r -> KafkaTestClient.text(r.key()).startsWith("OEWS-WRONG-YEAR:")), "nothing of the refused run");
    }

    @Test
    void withWaitItFollowsTheReleaseUntilItIsCurrentOrSaysWhatItStillWaitsFor() throws Exception {
        kafka.createTopics(List.of(Topics.deadLetterOf(Topics.WAGE_ESTIMATES), Topics.deadLetterOf(Topics.RELEASES)));
        WireMockServer salary = new WireMockServer(options().dynamicPort());
        salary.start();
        // Stands in for salary-service's consumption: a group that commits what it reads.
        // Named like salary-service's groups: the data team may follow those, and no others.
        String group = "salary-tools-wait-" + UUID.randomUUID();
        AtomicBoolean consuming = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(TestInfrastructure.kafkaClient(KafkaAccess.ADMIN,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                c.subscribe(List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES));
                while (consuming.get()) {
                    c.poll(Duration.ofMillis(200));
                    c.commitSync();
                }
            }
        });
        consumer.start();
        try {
            salary.stubFor(get(urlEqualTo("/api/v1/releases/OEWS-WAIT-1")).willReturn(okJson("""
                {"releaseId": "OEWS-WAIT-1", "status": "CURRENT", "received": 6, "expected": 6, "partsReceived": ["all"]}""")));
            salary.stubFor(get(urlEqualTo("/api/v1/releases/OEWS-WAIT-2")).willReturn(okJson("""
                {"releaseId": "OEWS-WAIT-2", "status": "PENDING", "received": 4, "expected": 6, "partsReceived": ["all"],
                 "note": "Waiting for 2 more estimates."}""")));
            StringWriter out = new StringWriter();
            assertEquals(0, CareersTools.run(new PrintWriter(out), "publish-release", "src/test/resources/fixtures/oews-small.csv",
                "--period", "2024-05", "--release-id", "OEWS-WAIT-1", "--wait", "--salary-url", salary.baseUrl(), "--salary-group", group,
                "--bootstrap-servers", servers, "--command-config", clientConfig));
            assertTrue(out.toString().contains("OEWS-WAIT-1 is CURRENT."), out.toString());

            StringWriter pending = new StringWriter();
            assertEquals(1, CareersTools.run(new PrintWriter(pending), "publish-release",
                "src/test/resources/fixtures/oews-small.csv", "--period", "2024-05", "--release-id", "OEWS-WAIT-2", "--wait",
                "--wait-seconds", "2", "--salary-url", salary.baseUrl(), "--salary-group", group, "--bootstrap-servers", servers, "--command-config", clientConfig));
            assertTrue(pending.toString().contains("OEWS-WAIT-2 is not complete after 2 s: PENDING. Waiting for 2 more estimates."),
                pending.toString());
        } finally {
            consuming.set(false);
            consumer.join();
            salary.stop();
        }
    }

    @Test
    void publishesProjections() throws Exception {
        assertEquals(0, CareersTools.run("publish-projections", "src/test/resources/fixtures/projections-small.csv",
            "--bootstrap-servers", servers, "--command-config", clientConfig));
        List<ConsumerRecord<byte[], byte[]>> projections = recordsOf(Topics.EMPLOYMENT_PROJECTIONS, "2023-2033:", 2);
        assertEquals(2, projections.size());
        assertEquals(List.of(), ContractSchemas.validate(EventSchema.EMPLOYMENT_PROJECTION,
            ContractJson.readTree(projections.get(0).value())));
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic, String keyPrefix, int atLeast) {
        return kafka.readUntil(topic, read -> read.stream().filter(r -> KafkaTestClient.text(r.key()).startsWith(keyPrefix)).count() >= atLeast,
            Duration.ofSeconds(20)).stream().filter(r -> KafkaTestClient.text(r.key()).startsWith(keyPrefix)).toList();
    }
}
