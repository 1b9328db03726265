package io.careers.tools.replay;

import io.careers.tools.cli.KafkaOptions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves a consumer group's committed offsets, so that a service consumes its input topics again
 * from a point: the earliest record, the latest, or the first record at or after a time. Kafka
 * refuses to move the offsets of a group with live members, so this waits for the group to be
 * empty: a service that was just stopped stays a member until its session ends (6 s).
 */
final class ConsumerGroupReset implements AutoCloseable {
    private static final Comparator<TopicPartition> IN_ORDER =
        Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private final Admin admin;

    ConsumerGroupReset(KafkaOptions broker) {
        this.admin = Admin.create(broker.clientProperties(
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"));
    }

    /** Where to move the offsets to. */
    sealed interface Target permits Earliest, Latest, At {
        /**
         * @param text {@code earliest}, {@code latest} or an ISO-8601 instant such as {@code 2026-12-03T09:00:00Z}
         * @return the target
         */
        static Target parse(String text) {
            return switch (text) {
                case "earliest" -> new Earliest();
                case "latest" -> new Latest();
                default -> new At(Instant.parse(text));
            };
        }

        OffsetSpec spec();
    }

    record Earliest() implements Target {
        public OffsetSpec spec() {
            return OffsetSpec.earliest();
        }
    }

    record Latest() implements Target {
        public OffsetSpec spec() {
            return OffsetSpec.latest();
        }
    }

    record At(Instant time) implements Target {
        public OffsetSpec spec() {
            return OffsetSpec.forTimestamp(time.toEpochMilli());
        }
    }

    /**
     * One partition's move.
     *
     * @param partition the partition
     * @param from      the committed offset before, or -1 for none
     * @param to        the offset after
     */
    record Move(TopicPartition partition, long from, long to) {
    }

    /**
     * Waits until nobody consumes in the group.
     *
     * @param group the consumer group
     * @param wait  how long to wait
     * @return the members still there when the wait ended: empty when the group can be reset
     */
    List<String> awaitEmpty(String group, Duration wait) throws ExecutionException, InterruptedException {
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            boolean empty = description.state() == ConsumerGroupState.EMPTY || description.state() == ConsumerGroupState.DEAD
                || description.members().isEmpty();
            if (empty || Instant.now().isAfter(giveUp)) {
                return empty ? List.of() : description.members().stream()
                    .map(m -> m.groupInstanceId().orElse(m.consumerId()) + " (" + m.host() + ")").toList();
            }
            Thread.sleep(500);
        }
    }

    /**
     * @param group  the consumer group
     * @param topics the topics to move, or empty for every topic the group has committed offsets on
     * @param target where to
     * @return each partition's move, in topic and partition order
     */
    List<Move> plan(String group, Collection<String> topics, Target target) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions;
        if (topics.isEmpty()) {
            partitions = committed.keySet().stream().sorted(IN_ORDER).toList();
        } else {
            partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .sorted(IN_ORDER).toList();
        }
        Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(partitions.stream()
            .collect(Collectors.toMap(Function.identity(), p -> target.spec()))).all().get();
        Map<TopicPartition, ListOffsetsResultInfo> ends = target instanceof At
            ? admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get()
            : Map.of();
        Map<TopicPartition, Move> moves = new TreeMap<>(IN_ORDER);
        for (TopicPartition partition : partitions) {
            long to = found.get(partition).offset();
            if (to < 0) {
                // No record at or after the time: nothing to consume again on this partition.
                to = ends.get(partition).offset();
            }
            OffsetAndMetadata before = committed.get(partition);
            moves.put(partition, new Move(partition, before == null ? -1 : before.offset(), to));
        }
        return List.copyOf(moves.values());
    }

    /**
     * @param group the consumer group, which must be empty
     * @param moves the moves of {@link #plan}
     */
    void apply(String group, List<Move> moves) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        moves.forEach(move -> offsets.put(move.partition(), new OffsetAndMetadata(move.to())));
        admin.alterConsumerGroupOffsets(group, offsets).all().get();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
