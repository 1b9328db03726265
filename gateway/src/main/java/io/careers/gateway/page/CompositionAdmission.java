package io.careers.gateway.page;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many uncached pages the gateway composes at once. Past the limit a request is refused at once
 * (503 with {@code Retry-After}) instead of joining a queue it would wait in for seconds: a saturated
 * gateway then answers every request within its deadline, most of them with the page, the rest with
 * a quick "come back in a second", and the cached pages it serves cost nothing against the limit.
 *
 * <p>By Little's law the pages in progress are the rate times the time each takes: 1,000 pages/s
 * at 2 ms each is 2 in progress; the default of 256 is reached only when compositions take a quarter
 * of a second at that rate, that is when the gateway or its backends no longer keep up.
 */
@Singleton
public class CompositionAdmission {
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final @Nullable Counter shed;

    CompositionAdmission(SheddingSettings settings, @Nullable MeterRegistry meters) {
        this.maxInFlight = settings.maxInFlight();
        this.shed = meters == null ? null : Counter.builder("gateway.shed")
            .description("Page requests refused with 503 because the gateway was composing its limit of pages").register(meters);
        if (meters != null) {
            Gauge.builder("gateway.compositions.in.flight", inFlight, AtomicInteger::get)
                .description("Uncached pages being composed now").register(meters);
        }
    }

    /**
     * @param composition composes an uncached answer; called only when admitted
     * @param refused     the answer when the gateway is composing its limit already
     * @param <T>         the answer
     * @return the composition, which holds its place until it ends, or {@code refused} at once
     */
    public <T> Mono<T> admit(Supplier<Mono<T>> composition, Supplier<T> refused) {
        if (!tryEnter()) {
            return Mono.fromSupplier(refused);
        }
        return Mono.defer(composition).doFinally(signal -> leave());
    }

    private boolean tryEnter() {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            if (shed != null) {
                shed.increment();
            }
            return false;
        }
        return true;
    }

    private void leave() {
        inFlight.decrementAndGet();
    }

    /** @return compositions in progress now */
    int inFlight() {
        return inFlight.get();
    }
}
