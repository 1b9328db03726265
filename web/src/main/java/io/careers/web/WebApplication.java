package io.careers.web;

import io.micronaut.runtime.Micronaut;

/** The reference career site: server-side HTML from the gateway's payload, readable without JavaScript. */
public final class WebApplication {
    private WebApplication() {
    }

    /** Starts the site on {@code WEB_PORT} (8090). */
    public static void main(String[] args) {
        Micronaut.run(WebApplication.class, args);
    }
}
