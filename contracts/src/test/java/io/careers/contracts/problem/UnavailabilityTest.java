package io.careers.contracts.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnavailabilityTest {

    @Test
    void anUnreachableOrOverloadedDatabaseIsTransientWhereverItSitsInTheCauseChain() {
        assertTrue(Unavailability.isTransient(new RuntimeException("wrapped",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1000ms"))));
        assertTrue(Unavailability.isTransient(new SQLException("I/O error", "08006")), "connection failure");
        assertTrue(Unavailability.isTransient(new SQLException("canceling statement due to statement timeout", "57014")));
        assertTrue(Unavailability.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(Unavailability.isTransient(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(Unavailability.isTransient(new IllegalStateException("Could not set JDBC Connection read-only",
            new SQLException("Connection is closed"))), "a pooled connection closed during an outage");
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        assertFalse(Unavailability.isTransient(new SQLException("invalid byte sequence for encoding UTF8", "22021")));
        assertFalse(Unavailability.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(Unavailability.isTransient(new IllegalArgumentException("bad")));
        assertFalse(Unavailability.isTransient(new SQLException("no state")));
    }
}
