package io.careers.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.careers.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The shape the gateway keeps: see {@link ArchitectureRules}. It has no database, and it is an
 * HTTP composition layer throughout, so the SQL and HTTP-exception rules do not apply.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("gateway");

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService("gateway").check(CLASSES);
    }

    @Test
    void itsOnlyListenerDropsCachedDataAndDeadLettersNothing() {
        // N gateway instances would write N copies of a dead letter (ADR 0012): the invalidation
        // listener reads with a group of its own instead of through the messaging library.
        classes().that().areMetaAnnotatedWith("io.micronaut.configuration.kafka.annotation.KafkaListener")
            .should().resideInAPackage("io.careers.gateway.invalidation").check(CLASSES);
    }
}
