package io.careers.faults;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A call and how long it took.
 *
 * @param value what the call returned
 * @param took  how long it took
 * @param <T>   the call's result
 */
record Timed<T>(T value, Duration took) {
    static <T> Timed<T> of(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
