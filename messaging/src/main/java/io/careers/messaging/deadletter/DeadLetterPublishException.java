package io.careers.messaging.deadletter;

/** Kafka did not take a dead letter; the records must be consumed again. */
public class DeadLetterPublishException extends RuntimeException {
    /**
     * @param message what could not be dead-lettered
     * @param cause   the Kafka failure
     */
    public DeadLetterPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
