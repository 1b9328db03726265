package io.careers.articles;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.careers.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shape every service keeps: see {@link ArchitectureRules}. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf("articles");

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService("articles").check(CLASSES);
    }

    @Test
    void controllersTouchNoSql() {
        ArchitectureRules.controllersTouchNoSql().check(CLASSES);
    }

    @Test
    void domainThrowsNoHttpExceptions() {
        ArchitectureRules.domainThrowsNoHttpExceptions().check(CLASSES);
    }

    @Test
    void listenersGoThroughMessaging() {
        ArchitectureRules.listenersGoThroughMessaging().check(CLASSES);
    }
}
