package io.careers.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for asynchronous effects (a consumer applying a record, a relay publishing a row). */
public final class Eventually {
    private Eventually() {
    }

    /**
     * Polls a condition until it holds.
     *
     * @param what      what is awaited, for the failure message
     * @param timeout   how long to wait
     * @param condition the condition
     * @return how long it took to hold, for tests that report recovery times
     * @throws AssertionError when it does not hold in time
     */
    public static Duration await(String what, Duration timeout, BooleanSupplier condition) {
        long start = System.nanoTime();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Polls until a value is there.
     *
     * @param what    what is awaited, for the failure message
     * @param timeout how long to wait
     * @param value   the value, empty while it is not there yet
     * @param <T>     its type
     * @return the value
     * @throws AssertionError when it is not there in time
     */
    public static <T> T awaitValue(String what, Duration timeout, Supplier<Optional<T>> value) {
        AtomicReference<T> found = new AtomicReference<>();
        await(what, timeout, () -> {
            value.get().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }
}
