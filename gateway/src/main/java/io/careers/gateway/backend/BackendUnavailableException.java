package io.careers.gateway.backend;

/** A backend could not give an answer: down, slow, failing, garbage, circuit open or bulkhead full. */
public class BackendUnavailableException extends RuntimeException {
    private final String backend;

    /**
     * @param backend the backend's name
     * @param reason  what went wrong, for logs
     * @param cause   the underlying failure, or null
     */
    public BackendUnavailableException(String backend, String reason, Throwable cause) {
        super(backend + ": " + reason, cause);
        this.backend = backend;
    }

    /** @return the backend's name */
    public String backend() {
        return backend;
    }
}
