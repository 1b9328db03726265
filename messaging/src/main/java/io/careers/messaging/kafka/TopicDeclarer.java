package io.careers.messaging.kafka;

import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the service's {@link TopicPlan} on the broker at start-up, before its listeners poll.
 * Topics that exist already are left as they are. The wait is bounded: a broker that is not
 * reachable yet is logged, and the Kafka clients keep retrying on their own.
 *
 * <p>A {@link PlatformListener} that reads a topic missing from {@code messaging.topics.consumed}
 * stops the start-up: its dead-letter topic would not exist, and the first bad record would fail.
 */
@Context
@Requires(bean = AdminClient.class)
public class TopicDeclarer {
    private static final Logger LOG = LoggerFactory.getLogger(TopicDeclarer.class);
    private static final long WAIT_SECONDS = 15;

    TopicDeclarer(TopicPlan plan, AdminClient admin, BeanContext beans) {
        Set<String> undeclared = new TreeSet<>(listenedTopics(beans));
        undeclared.removeAll(plan.consumed());
        if (!undeclared.isEmpty()) {
            throw new ConfigurationException("Listeners read " + undeclared
                + ", which messaging.topics.consumed does not list: add them, so that their dead-letter topics exist");
        }
        if (!plan.topicNames().isEmpty()) {
            create(plan, admin);
        }
    }

    /**
     * @param beans the application's beans
     * @return the topics that its {@link PlatformListener}s read
     */
    public static Set<String> listenedTopics(BeanContext beans) {
        Set<String> topics = new TreeSet<>();
        for (BeanDefinition<?> listener : beans.getBeanDefinitions(Object.class, Qualifiers.byStereotype(KafkaListener.class))) {
            if (listener.hasStereotype(PlatformListener.class)) {
                // @Topic is repeatable: read every occurrence, each with one or more names.
                listener.getExecutableMethods().forEach(method -> method.getAnnotationValuesByType(Topic.class)
                    .forEach(topic -> topics.addAll(Arrays.asList(topic.stringValues()))));
            }
        }
        return topics;
    }

    /** Waits for all topics together, within one deadline: a broker that is away costs the deadline once. */
    private static void create(TopicPlan plan, AdminClient admin) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        admin.createTopics(plan.newTopics()).values().forEach((topic, created) -> {
            try {
                created.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                LOG.info("Created topic {}", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    LOG.warn("Could not create topic {}: {}", topic, e.getCause().toString());
                }
            } catch (TimeoutException e) {
                LOG.warn("Topic {} not confirmed within {} s; the broker may not be reachable yet", topic, WAIT_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
