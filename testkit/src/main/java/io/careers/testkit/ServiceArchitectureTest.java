package io.careers.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The architecture tests of a service with a database: extend it in the service's root package,
 * naming the service, e.g. {@code class ArchitectureTest extends ServiceArchitectureTest} with
 * {@code super("salary")}. The rules are {@link ArchitectureRules}.
 */
public abstract class ServiceArchitectureTest {
    private final String service;
    private final JavaClasses classes;

    /** @param service the service's package name under {@code io.careers}, e.g. {@code salary} */
    protected ServiceArchitectureTest(String service) {
        this.service = service;
        this.classes = ArchitectureRules.mainClassesOf(service);
    }

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService(service).check(classes);
    }

    @Test
    void controllersTouchNoSql() {
        ArchitectureRules.controllersTouchNoSql().check(classes);
    }

    @Test
    void domainThrowsNoHttpExceptions() {
        ArchitectureRules.domainThrowsNoHttpExceptions().check(classes);
    }

    @Test
    void listenersGoThroughMessaging() {
        ArchitectureRules.listenersGoThroughMessaging().check(classes);
    }
}
