package io.careers.schools;

import io.careers.contracts.http.openapi.BearerTokenRequired;
import io.careers.contracts.http.openapi.MalformedJsonAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the admin API: a platform token with role ADMIN, blocking work off the event loop,
 * and the answers every admin operation shares. Written once so that no admin controller can miss
 * its security rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@BearerTokenRequired
@MalformedJsonAnswer
@ServiceUnavailableAnswer
@Tag(name = "admin")
public @interface AdminApi {
}
