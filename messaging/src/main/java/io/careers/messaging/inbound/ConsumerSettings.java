package io.careers.messaging.inbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.time.Duration;
import java.util.Properties;

/**
 * How a service's consumers belong to its consumer group, under {@code messaging.consumer}; the
 * defaults are here and nowhere else.
 *
 * <p>Why these values: a consumer killed with {@code kill -9} keeps its partitions until the
 * broker stops hearing from it. Kafka's default session of 45 s made a crashed service's
 * partitions wait 47 s; 6 s (the broker's smallest allowed session) with a heartbeat every 1.5 s
 * bounds that wait. With an {@code instanceId} (set by {@code ./platform} and
 * {@code docker-compose.yml}, one per running instance) each consumer is a static member
 * ({@code group.instance.id}): an instance that comes back under the same id takes its partitions
 * back at once, without a rebalance of the others. The price of the short session is that a
 * consumer whose heartbeat thread stalls for 6 s (a long GC pause) is replaced; it then rejoins,
 * and nothing is lost because offsets are committed only after a batch is applied.
 *
 * @param groupId           the consumer group of the service's listeners, e.g. {@code salary-service}
 * @param instanceId        names this instance among the group's static members, e.g. {@code salary-service-1};
 *                          without it consumers are dynamic members
 * @param sessionTimeout    how long the broker waits for a silent consumer (default 6 s)
 * @param heartbeatInterval how often a consumer tells the broker it is alive (default 1.5 s)
 */
@ConfigurationProperties("messaging.consumer")
public record ConsumerSettings(
    @Nullable String groupId,
    @Nullable String instanceId,
    @Bindable(defaultValue = "6s") Duration sessionTimeout,
    @Bindable(defaultValue = "1500ms") Duration heartbeatInterval) {

    /**
     * The properties of one consumer: the shared ones of its listener plus the group membership
     * settings, for a consumer in this service's group; other consumers (the gateway's per-instance
     * invalidation groups, tools) get the shared ones unchanged. Settings given explicitly (in
     * {@code kafka.consumers.*} or on a listener) win. micronaut-kafka reuses one properties object
     * for every thread of a listener, changing only the client id, so this returns a copy and
     * leaves that object alone: otherwise the first thread's instance id would stick to the others.
     *
     * @param shared the properties micronaut-kafka is about to create a consumer with
     * @return a copy with this consumer's membership settings
     */
    public Properties forConsumer(Properties shared) {
        Properties consumer = new Properties();
        consumer.putAll(shared);
        if (groupId == null || !groupId.equals(consumer.getProperty(ConsumerConfig.GROUP_ID_CONFIG))) {
            return consumer;
        }
        consumer.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(sessionTimeout.toMillis()));
        consumer.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Long.toString(heartbeatInterval.toMillis()));
        String clientId = consumer.getProperty(ConsumerConfig.CLIENT_ID_CONFIG);
        if (instanceId != null && !instanceId.isBlank() && clientId != null) {
            // One static member per consumer thread: the client id tells the threads apart.
            consumer.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId + "-" + clientId);
        }
        return consumer;
    }
}
