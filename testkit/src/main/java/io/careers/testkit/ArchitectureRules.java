package io.careers.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules that keep each service shaped like the others, checked by every service's
 * {@code ArchitectureTest} on its main classes. Types are named, not imported: testkit depends on
 * no service and no Micronaut module.
 */
public final class ArchitectureRules {
    private static final List<String> SERVICES = List.of("salary", "schools", "articles", "gateway");
    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String KAFKA_LISTENER = "io.micronaut.configuration.kafka.annotation.KafkaListener";
    private static final String PLATFORM_LISTENER = "io.careers.messaging.inbound.PlatformListener";
    private static final String DECODING_LISTENER = "io.careers.messaging.inbound.DecodingListener";

    private ArchitectureRules() {
    }

    /**
     * @param service the service's package name under {@code io.careers}, e.g. {@code salary}
     * @return its main classes (test classes left out)
     */
    public static JavaClasses mainClassesOf(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.careers." + service);
    }

    /**
     * @param service a service's package name, e.g. {@code salary}
     * @return no class of it uses a class of another service: services share only contracts and messaging
     */
    public static ArchRule usesNoOtherService(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "io.careers." + s + "..")
            .toArray(String[]::new);
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
            .because("a service never depends on another service's module; they talk through Kafka and HTTP");
    }

    /** @return controllers reach the database only through the classes that own it */
    public static ArchRule controllersTouchNoSql() {
        return noClasses().that().areAnnotatedWith(CONTROLLER)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data.jdbc.runtime..")
            .because("SQL belongs in repositories and stores, so a controller stays about HTTP");
    }

    /**
     * @return only the HTTP layer (controllers, filters, exception handlers, request-parameter parsers) uses HTTP
     *     exceptions and statuses; domain code throws {@code DomainException}
     */
    public static ArchRule domainThrowsNoHttpExceptions() {
        return noClasses().that().areNotAnnotatedWith(CONTROLLER)
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Filter")
            .and().haveSimpleNameNotEndingWith("Parameters")
            .and().haveSimpleNameNotEndingWith("AuthenticationFetcher")
            .and().areNotAssignableTo("io.micronaut.http.server.exceptions.ExceptionHandler")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.careers.contracts.http.ProblemException")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.http.exceptions.HttpStatusException")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.http.HttpStatus")
            .because("a rule of the domain does not know it is called over HTTP: it throws DomainException,"
                + " which DomainExceptionHandler answers as problem+json");
    }

    /** @return every Kafka listener has the platform's shape, so bad records are dead-lettered and retries are safe */
    public static ArchRule listenersGoThroughMessaging() {
        return classes().that().areMetaAnnotatedWith(KAFKA_LISTENER)
            .should().beAnnotatedWith(PLATFORM_LISTENER).andShould().beAssignableTo(DECODING_LISTENER)
            .because("InboundProcessor decodes, dead-letters and applies every record the same way");
    }
}
