package io.careers.gateway.backend;

/** A backend answered with something that does not have the contract's shape. */
public class MalformedResponseException extends RuntimeException {
    /** @param message what is wrong, naming the field */
    public MalformedResponseException(String message) {
        super(message);
    }
}
