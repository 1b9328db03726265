package io.careers.gateway.impression;

/** An impression token that cannot count for the view or click it came with; the message says why. */
public class InvalidImpressionException extends RuntimeException {

    /** @param reason why, completing "impression …" */
    public InvalidImpressionException(String reason) {
        super(reason);
    }
}
