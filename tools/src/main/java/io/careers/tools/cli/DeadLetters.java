package io.careers.tools.cli;

import io.careers.contracts.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dead-letter topic ({@code <topic>.dlt}) with a consumer of no group: it commits nothing
 * and never disturbs the services' consumers.
 */
public final class DeadLetters implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<TopicPartition> partitions;

    /**
     * A rejected record.
     *
     * @param partition         its partition in the dead-letter topic
     * @param offset            its offset there
     * @param key               its key, as sent
     * @param value             its value, as sent
     * @param reason            why it was rejected
     * @param originalTopic     where it was sent
     * @param originalPartition its partition there
     * @param originalOffset    its offset there
     */
    public record Letter(int partition, long offset, String key, String value, String reason, String originalTopic,
                         String originalPartition, String originalOffset) {
    }

    /**
     * @param broker Kafka, and who to connect as
     * @param topic  the dead-letter topic
     */
    public DeadLetters(KafkaOptions broker, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(broker.clientProperties(
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
            ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"), new StringDeserializer(), new StringDeserializer());
        this.partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
            .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** @return where the topic ends now, per partition: what comes later is new */
    public Map<TopicPartition, Long> ends() {
        return new HashMap<>(consumer.endOffsets(partitions));
    }

    /** @return where the topic begins now, per partition */
    public Map<TopicPartition, Long> beginnings() {
        return new HashMap<>(consumer.beginningOffsets(partitions));
    }

    /**
     * @param from where to start, per partition; moved on to where the reading stopped, so that the
     *             next call reads only what came since
     * @return every letter from there to the current end
     */
    public List<Letter> readFrom(Map<TopicPartition, Long> from) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.assign(partitions);
        from.forEach(consumer::seek);
        List<Letter> letters = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within 30 s");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))) {
                    letters.add(new Letter(record.partition(), record.offset(), record.key(), record.value(),
                        header(record, DeadLetterHeaders.REASON), header(record, DeadLetterHeaders.ORIGINAL_TOPIC),
                        header(record, DeadLetterHeaders.ORIGINAL_PARTITION), header(record, DeadLetterHeaders.ORIGINAL_OFFSET)));
                }
            }
        }
        from.putAll(ends);
        return letters;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
