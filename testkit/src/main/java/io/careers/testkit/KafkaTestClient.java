package io.careers.testkit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Sends raw records to, and reads whole topics from, the test Kafka cluster: what a data team or
 * a downstream consumer would do, without going through the code under test.
 */
public final class KafkaTestClient implements AutoCloseable {
    private final Map<String, String> connection;
    private final KafkaProducer<byte[], byte[]> producer;

    /** @param bootstrapServers a cluster without authentication */
    public KafkaTestClient(String bootstrapServers) {
        this(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * @param connection how to reach the cluster and who to be: bootstrap servers and, where the broker
     *                   authenticates, a principal's SASL settings ({@link KafkaCluster#clientProperties})
     */
    public KafkaTestClient(Map<String, String> connection) {
        this.connection = Map.copyOf(connection);
        this.producer = new KafkaProducer<>(with(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "10485760"),
            new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** @return a client of {@link TestInfrastructure#kafka()} that may do anything: the admin */
    public static KafkaTestClient forTests() {
        return new KafkaTestClient(TestInfrastructure.kafka().adminProperties());
    }

    /** The connection settings and some of a client's own. */
    private Map<String, Object> with(String... settings) {
        Map<String, Object> properties = new HashMap<>(connection);
        for (int i = 0; i < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        return properties;
    }

    /**
     * Sends a record and waits for the broker's acknowledgement.
     *
     * @param topic   topic
     * @param key     UTF-8 key, or null
     * @param value   value bytes, or null for a tombstone
     * @param headers header names and UTF-8 values
     * @return where it landed
     */
    public RecordMetadata send(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
            key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach((name, v) -> record.headers().add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /**
     * A record to send in bulk.
     *
     * @param key   UTF-8 key
     * @param value value bytes
     */
    public record Outgoing(String key, byte[] value) {
    }

    /**
     * Sends many records at once, as a publisher does, and waits until the broker has them all.
     *
     * @param topic   topic
     * @param records the records, sent in this order
     */
    public void sendAll(String topic, List<Outgoing> records) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
        for (Outgoing record : records) {
            sends.add(producer.send(new ProducerRecord<>(topic, record.key().getBytes(StandardCharsets.UTF_8), record.value())));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /**
     * @param topic topic
     * @param key   UTF-8 key
     * @param json  UTF-8 value
     * @return where it landed
     */
    public RecordMetadata send(String topic, String key, String json) {
        return send(topic, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * Reads a topic from its beginning until the records read satisfy a condition, or time runs out.
     *
     * @param topic   topic
     * @param enough  when to stop reading
     * @param timeout how long to try
     * @return every record read, in partition order
     */
    public List<ConsumerRecord<byte[], byte[]>> readUntil(String topic,
                                                          Predicate<List<ConsumerRecord<byte[], byte[]>>> enough,
                                                          Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer = readerFromBeginning(topic, deadline)) {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (!enough.test(records) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Reads what a topic holds now: every record up to the end offsets it has when called, however
     * long connecting takes, then whatever else arrives until none has for {@code quiet}.
     *
     * @param topic topic
     * @param quiet how long no new record must arrive after the end offsets were reached
     * @return every record
     */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration quiet) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (KafkaConsumer<byte[], byte[]> consumer = readerFromBeginning(topic, deadline)) {
            Set<TopicPartition> partitions = consumer.assignment();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (Instant.now().isBefore(deadline)
                && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            long lastArrival = System.nanoTime();
            while (System.nanoTime() - lastArrival <= quiet.toNanos() && Instant.now().isBefore(deadline)) {
                var more = consumer.poll(Duration.ofMillis(Math.max(1, Math.min(200, quiet.toMillis()))));
                if (!more.isEmpty()) {
                    more.forEach(records::add);
                    lastArrival = System.nanoTime();
                }
            }
            return records;
        }
    }

    private KafkaConsumer<byte[], byte[]> readerFromBeginning(String topic, Instant deadline) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(with(
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
            ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "10485760"),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(5))
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /**
     * Creates topics that do not exist yet, with the contract's 3 partitions.
     *
     * @param topics topic names
     */
    public void createTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(with())) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = topics.stream().filter(t -> !existing.contains(t))
                .map(t -> new NewTopic(t, 3, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + topics, e);
            }
        }
    }

    /**
     * Where each partition of some topics ends now.
     *
     * @param topics topics
     * @return end offset of every partition
     */
    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(with(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            return consumer.endOffsets(partitions, Duration.ofSeconds(10));
        }
    }

    /**
     * Commits a consumer group's offsets, e.g. to start a test's consumers after what earlier tests
     * published, or to replay what a test consumed. The group must have no active members.
     *
     * @param groupId the group
     * @param offsets offset of every partition
     */
    public void commitGroupOffsets(String groupId, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        offsets.forEach((tp, offset) -> commits.put(tp, new OffsetAndMetadata(offset)));
        try (Admin admin = Admin.create(with())) {
            admin.alterConsumerGroupOffsets(groupId, commits).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not commit offsets of group " + groupId, e);
        }
    }

    /**
     * A new consumer group that starts at the current end of its input topics: a test class's
     * consumers then see only what the class itself publishes, not earlier classes' records.
     *
     * @param prefix readable part of the group id
     * @param topics every topic the test uses, created if missing
     * @param inputs the topics the group consumes
     * @return the group id
     */
    public String groupStartingAtEnd(String prefix, Collection<String> topics, Collection<String> inputs) {
        String group = prefix + "-" + java.util.UUID.randomUUID();
        createTopics(topics);
        commitGroupOffsets(group, endOffsets(inputs));
        return group;
    }

    /**
     * Waits until a consumer group has consumed a topic set up to given offsets.
     *
     * @param groupId the group
     * @param offsets offsets it must reach
     * @param timeout how long to wait
     */
    public void awaitGroupAt(String groupId, Map<TopicPartition, Long> offsets, Duration timeout) {
        try (Admin admin = Admin.create(with())) {
            Eventually.await("group " + groupId + " to reach " + offsets, timeout, () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
                    return offsets.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (ExecutionException e) {
                    return false;
                }
            });
        }
    }

    /**
     * @param groupId a consumer group
     * @return the partitions each member holds now, by its static instance id (its member id when it has none)
     */
    public Map<String, Set<TopicPartition>> assignments(String groupId) {
        try (Admin admin = Admin.create(with())) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get();
            Map<String, Set<TopicPartition>> assignments = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                assignments.put(member.groupInstanceId().orElse(member.consumerId()), member.assignment().topicPartitions());
            }
            return assignments;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not describe group " + groupId, e.getCause());
        }
    }

    /**
     * @param record a record
     * @param header header name
     * @return the header's last value as UTF-8, or null
     */
    public static String header(ConsumerRecord<byte[], byte[]> record, String header) {
        var h = record.headers().lastHeader(header);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * @param bytes UTF-8 bytes or null
     * @return the text, or null
     */
    public static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
