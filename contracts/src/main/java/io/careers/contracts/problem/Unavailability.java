package io.careers.contracts.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that a retry can cure (the database or another dependency briefly unreachable,
 * a deadlock, a statement cancelled by its timeout) from a fault of the request or the code. HTTP
 * answers the first with 503 and {@code Retry-After}; consumers retry it instead of dead-lettering.
 */
public final class Unavailability {
    /** SQLSTATE classes a retry can cure: connection, insufficient resources, operator intervention, system error. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "53", "57", "58");
    /** SQLSTATEs of serialisation failures and deadlocks. */
    private static final Set<String> TRANSIENT_SQLSTATES = Set.of("40001", "40P01");
    /**
     * What HikariCP's proxy of a connection it has already closed says, without a SQLSTATE: during
     * a database outage a request may be handed such a connection (seen with PostgreSQL paused).
     */
    private static final String POOLED_CONNECTION_CLOSED = "Connection is closed";

    private Unavailability() {
    }

    /**
     * @param failure any exception
     * @return whether anything in its cause chain says a dependency is unavailable for now
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (isTransientSqlState(sql.getSQLState())
                || (sql.getSQLState() == null && POOLED_CONNECTION_CLOSED.equals(sql.getMessage())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientSqlState(String state) {
        return state != null && (TRANSIENT_SQLSTATES.contains(state)
            || (state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2))));
    }
}
