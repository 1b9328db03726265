package io.careers.testkit;

import io.careers.contracts.Topics;
import io.careers.contracts.kafka.KafkaAccess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.common.quota.ClientQuotaFilter;
import org.apache.kafka.common.quota.ClientQuotaFilterComponent;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Kafka rows of the security matrix, against the tests' broker with authentication on: who
 * cannot connect, and what each principal of {@link KafkaAccess} cannot write, read or join. Every
 * refused write is followed by a check that the topic did not grow.
 */
class KafkaSecurityIT {
    private static KafkaCluster kafka;
    private static KafkaTestClient admin;

    @BeforeAll
    static void brokerWithAuthentication() throws Exception {
        kafka = TestInfrastructure.kafka();
        assumeTrue(kafka.credentials().isPresent(), "this broker has no authentication (KAFKA_BOOTSTRAP_SERVERS without KAFKA_CREDENTIALS_FILE)");
        admin = KafkaTestClient.forTests();
        try (Admin client = Admin.create(new HashMap<String, Object>(kafka.adminProperties()))) {
            List<NewTopic> topics = KafkaAccess.platformTopics().stream()
                .map(topic -> new NewTopic(topic, Optional.of(Topics.PARTITIONS), Optional.empty())).toList();
            client.createTopics(topics).values().values().forEach(created -> {
                try {
                    created.get();
                } catch (ExecutionException | InterruptedException e) {
                    // There from another test: what we want.
                }
            });
        }
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordIsRefused() {
        Map<String, Object> anonymous = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        long before = total(Topics.PARTNER_LISTINGS);
        Exception refused = send(anonymous, Topics.PARTNER_LISTINGS, "mohawk-valley-cc:1", null);
        assertTrue(refused instanceof org.apache.kafka.common.errors.TimeoutException || refused instanceof SaslAuthenticationException,
            "a PLAINTEXT client is not served: " + refused);

        Map<String, Object> guessed = new HashMap<>(kafka.clientProperties("schools-service"));
        guessed.putAll(KafkaCredentials.clientProperties("schools-service", "not-the-password"));
        assertInstanceOf(SaslAuthenticationException.class, send(guessed, Topics.PARTNER_LISTINGS, "mohawk-valley-cc:1", null));

        Map<String, Object> stranger = new HashMap<>(kafka.clientProperties("schools-service"));
        stranger.putAll(KafkaCredentials.clientProperties("mallory", "any"));
        assertInstanceOf(SaslAuthenticationException.class, send(stranger, Topics.PARTNER_LISTINGS, "mohawk-valley-cc:1", null));
        assertEquals(before, total(Topics.PARTNER_LISTINGS), "nothing was written");
    }

    @Test
    void aServiceWritesOnlyTheTopicsItOwns() {
        // The figures articles quote, the gateway's invalidations and a partner's listings: each only from its owner.
        Map<String, String> forged = Map.of(
            "schools-service", Topics.OCCUPATION_STATS,
            "gateway", Topics.LISTINGS,
            "articles-service", Topics.PARTNER_LISTINGS,
            "salary-service", Topics.ARTICLES,
            KafkaAccess.DATA_TEAM, Topics.OCCUPATION_STATS);
        forged.forEach((principal, topic) -> {
            long before = total(topic);
            Exception refused = send(new HashMap<>(kafka.clientProperties(principal)), topic, "k", "{}");
            assertInstanceOf(TopicAuthorizationException.class, refused, principal + " writing " + topic);
            assertEquals(before, total(topic), topic + " did not grow");
        });
        // The owner may: the rule that refuses is the grant, not the client. Asked of the broker rather
        // than written, so that tests of other modules sharing this broker never read a record of ours.
        try (Admin owner = Admin.create(new HashMap<String, Object>(kafka.clientProperties("salary-service")))) {
            var described = owner.describeTopics(List.of(Topics.OCCUPATION_STATS),
                new DescribeTopicsOptions().includeAuthorizedOperations(true)).allTopicNames().get();
            assertTrue(described.get(Topics.OCCUPATION_STATS).authorizedOperations().contains(AclOperation.WRITE),
                "salary-service may write " + Topics.OCCUPATION_STATS);
        } catch (ExecutionException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPartnerWritesOnlyItsOwnFeedAndReadsOnlyItsOwnRefusals() {
        Map<String, Object> partnerA = new HashMap<>(TestInfrastructure.partnerFeedClient("security-a"));
        TestInfrastructure.partnerFeedClient("security-b");
        String feedOfB = Topics.partnerFeed("security-b");
        for (String topic : List.of(feedOfB, Topics.PARTNER_LISTINGS, Topics.INTERACTIONS, Topics.WAGE_ESTIMATES)) {
            long before = total(topic);
            // A tombstone that would withdraw partner B's listing.
            assertInstanceOf(TopicAuthorizationException.class, send(partnerA, topic, "security-b:listing-1", null),
                "partner A writing " + topic);
            assertEquals(before, total(topic), topic + " did not grow");
        }
        assertEquals(null, send(partnerA, Topics.partnerFeed("security-a"), "security-a:listing-1", null), "its own feed");

        assertInstanceOf(TopicAuthorizationException.class, read(partnerA, Topics.deadLetterOf(feedOfB)));
        assertInstanceOf(TopicAuthorizationException.class, read(partnerA, Topics.LISTINGS));
        assertEquals(null, read(partnerA, Topics.deadLetterOf(Topics.partnerFeed("security-a"))), "its own refusals");
    }

    @Test
    void aServiceCannotJoinAnotherServicesConsumerGroup() {
        Map<String, Object> schools = new HashMap<>(kafka.clientProperties("schools-service"));
        schools.put(ConsumerConfig.GROUP_ID_CONFIG, "salary-service");
        // Joining salary-service's group would take its partitions and commit its offsets.
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(schools, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.INTERACTIONS));
            assertThrows(GroupAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aPartnerWritingFasterThanItsQuotaIsSlowedAndLosesNothing() throws Exception {
        long quota = 10_000;
        Map<String, Object> partner = new HashMap<>(TestInfrastructure.partnerFeedClient("security-quota", quota));
        String feed = Topics.partnerFeed("security-quota");
        try (Admin client = Admin.create(new HashMap<String, Object>(kafka.adminProperties()))) {
            var entity = new ClientQuotaEntity(Map.of(ClientQuotaEntity.USER, KafkaAccess.partnerPrincipal("security-quota")));
            var quotas = client.describeClientQuotas(ClientQuotaFilter.containsOnly(
                List.of(ClientQuotaFilterComponent.ofEntity(ClientQuotaEntity.USER, KafkaAccess.partnerPrincipal("security-quota")))))
                .entities().get();
            assertEquals(Map.of("producer_byte_rate", (double) quota), quotas.get(entity));
        }
        // The broker measures over about ten seconds: past ~100 kB at once, it asks the producer to wait.
        long before = total(feed);
        String value = "x".repeat(1000);
        int sent = 0;
        double throttledMs = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(partner, new StringSerializer(), new StringSerializer())) {
            while (throttledMs <= 0 && sent < 1000) {
                producer.send(new ProducerRecord<>(feed, "security-quota:" + sent, value)).get();
                sent++;
                throttledMs = producer.metrics().entrySet().stream()
                    .filter(m -> m.getKey().name().equals("produce-throttle-time-max") && m.getKey().group().equals("producer-metrics"))
                    .mapToDouble(m -> ((Number) m.getValue().metricValue()).doubleValue())
                    .filter(Double::isFinite).max().orElse(0);
            }
        }
        assertTrue(throttledMs > 0, "the broker throttled none of " + sent + " records of 1 kB");
        assertTrue(sent < 1000, "throttled only after " + sent + " kB");
        assertEquals(before + sent, total(feed), "every record the throttled partner sent was kept");
    }

    /** @return the failure of sending one record, or null when it was written */
    private static Exception send(Map<String, Object> client, String topic, String key, String value) {
        client.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        client.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
        client.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
            return null;
        } catch (ExecutionException e) {
            return (Exception) e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** @return the failure of reading a topic from its start without a group, or null when it could */
    private static Exception read(Map<String, Object> client, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(client, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            consumer.poll(Duration.ofSeconds(2));
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static long total(String topic) {
        return admin.endOffsets(List.of(topic)).values().stream().mapToLong(Long::longValue).sum();
    }
}
