package io.careers.salary.estimate;

import io.careers.salary.SalaryIntegrationTest;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hot path's consumer settings reach micronaut-kafka through @PlatformListener's aliases. */
@MicronautTest(transactional = false)
class ListenerShapeIT extends SalaryIntegrationTest {

    ListenerShapeIT() {
        super("listener-shape");
    }

    @Inject
    ApplicationContext context;

    @Test
    void theEstimateListenerKeepsItsThreadsAndConsumerProperties() {
        AnnotationValue<KafkaListener> listener = context.getBeanDefinition(WageEstimateListener.class)
            .getAnnotation(KafkaListener.class);
        assertEquals(3, listener.intValue("threads").orElse(1));
        Map<String, String> properties = listener.getAnnotations("properties", Property.class).stream()
            .collect(Collectors.toMap(p -> p.stringValue("name").orElseThrow(), p -> p.stringValue("value").orElseThrow()));
        assertEquals(Map.of("max.poll.records", "2000", "fetch.min.bytes", "65536", "fetch.max.wait.ms", "50"), properties);
        assertEquals("salary-estimates", listener.stringValue("clientId").orElseThrow());
    }
}
