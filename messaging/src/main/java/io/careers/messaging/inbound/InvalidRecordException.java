package io.careers.messaging.inbound;

/**
 * A record breaks its contract (not JSON, wrong shape, a rule of the domain). It goes to the
 * dead-letter topic with {@link #getMessage()} as the reason; retrying it cannot help.
 */
public class InvalidRecordException extends RuntimeException {
    /** @param reason which field breaks which rule, in words a data engineer understands */
    public InvalidRecordException(String reason) {
        super(reason);
    }

    /**
     * @param reason what is wrong
     * @param cause  the parser's or binder's exception
     */
    public InvalidRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
