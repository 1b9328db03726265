package io.careers.web;

import io.micronaut.runtime.Micronaut;

/** The reference career site: server-side HTML from the gateway's payload, readable without JavaScript. */
public final class WebApplication {
    /** Starts the site on {@code WEB_PORT} (8090). */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(WebApplication.class).banner(false).start();
    }
}
