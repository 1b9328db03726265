package io.careers.web.gateway;

/** The gateway could not give a page: the site answers 503 with a page that says so. */
public final class GatewayUnavailableException extends RuntimeException {
    GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
