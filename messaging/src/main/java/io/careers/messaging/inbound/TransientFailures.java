package io.careers.messaging.inbound;

import io.careers.contracts.problem.Unavailability;
import io.careers.messaging.deadletter.DeadLetterPublishException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells failures worth retrying (the database or Kafka is briefly unreachable, a deadlock) from
 * failures of the record itself. A transient failure must never dead-letter a good record.
 */
public final class TransientFailures {
    private TransientFailures() {
    }

    /**
     * @param failure an exception from a handler or a publisher
     * @return whether anything in its cause chain is transient: what {@link Unavailability} says of
     *     databases and networks, and Kafka's own retriable errors
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeadLetterPublishException || t instanceof RetriableException) {
                return true;
            }
        }
        return Unavailability.isTransient(failure);
    }
}
