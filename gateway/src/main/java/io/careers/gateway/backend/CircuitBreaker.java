package io.careers.gateway.backend;

import java.time.Duration;

/**
 * Stops calling a backend that keeps failing. After {@code failureThreshold} failures in a row
 * the circuit opens: calls fail at once for {@code openFor}. Then one trial call goes through
 * (half-open): success closes the circuit, failure opens it again.
 */
public final class CircuitBreaker {
    /** The circuit's state. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trialInFlight;

    /**
     * @param failureThreshold failures in a row that open the circuit
     * @param openFor          how long it stays open before a trial call
     */
    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
    }

    /** @return whether a call may go to the backend now */
    public synchronized boolean tryAcquire() {
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> {
                if (System.nanoTime() - openedAt < openForNanos) {
                    yield false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                yield true;
            }
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    /** Records a call that got an answer. */
    public synchronized void onSuccess() {
        failures = 0;
        trialInFlight = false;
        state = State.CLOSED;
    }

    /** Records a call that failed. */
    public synchronized void onFailure() {
        trialInFlight = false;
        failures++;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = System.nanoTime();
        }
    }

    /** @return the current state (OPEN until the next {@link #tryAcquire} after the open period) */
    public synchronized State state() {
        return state;
    }
}
