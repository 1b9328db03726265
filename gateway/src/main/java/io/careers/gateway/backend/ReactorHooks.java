package io.careers.gateway.backend;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Hooks;

/**
 * A backend call cancelled by its timeout can still fail afterwards (the connection closes);
 * Reactor reports such late errors as "dropped" at ERROR level. They are expected here.
 */
@Context
class ReactorHooks {
    private static final Logger LOG = LoggerFactory.getLogger(ReactorHooks.class);

    @PostConstruct
    void install() {
        Hooks.onErrorDropped(e -> LOG.debug("late failure of a cancelled backend call: {}", e.toString()));
    }
}
