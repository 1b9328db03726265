package io.careers.messaging.inbound;

import io.careers.messaging.deadletter.DeadLetterPublishException;
import org.apache.kafka.common.errors.RetriableException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures worth retrying (the database or Kafka is briefly unreachable, a deadlock) from
 * failures of the record itself. A transient failure must never dead-letter a good record.
 */
public final class TransientFailures {
    /** SQLSTATE classes of failures that a retry can cure. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "53", "57", "58");
    /** SQLSTATEs of serialisation failures and deadlocks. */
    private static final Set<String> TRANSIENT_SQLSTATES = Set.of("40001", "40P01");

    private TransientFailures() {
    }

    /**
     * @param failure an exception from a handler or a publisher
     * @return whether anything in its cause chain is transient
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeadLetterPublishException || t instanceof RetriableException
                || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_SQLSTATES.contains(state)
                    || (state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
