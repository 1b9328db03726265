package io.careers.messaging.inbound;

import java.util.List;

/**
 * Applies decoded records in one transaction, except those it refuses: a refused record goes to the
 * dead-letter topic alone, with its reason, and the rest of the batch commits. Use it where a rule
 * that only the handler can check (a listing that does not exist) may fail one record of a large
 * batch: throwing {@link InvalidRecordException} instead makes the whole batch roll back and be
 * applied again one record at a time. Idempotent like {@link BatchHandler}.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface RefusingBatchHandler<T> {
    /**
     * @param batch records in consumption order
     * @return the records it refused, each with its reason; none applied
     */
    List<Refusal> handle(List<Inbound<T>> batch);

    /**
     * @param handler a handler that refuses nothing (or throws)
     * @param <T>     the decoded type
     * @return it, as a refusing handler that refuses nothing
     */
    static <T> RefusingBatchHandler<T> of(BatchHandler<T> handler) {
        return batch -> {
            handler.handle(batch);
            return List.of();
        };
    }

    /**
     * A record the handler did not apply.
     *
     * @param inbound the record
     * @param reason  why, for the dead letter, e.g. {@code listingId: no listing ... exists}
     */
    record Refusal(Inbound<?> inbound, String reason) {
    }
}
