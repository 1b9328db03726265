package io.careers.messaging.inbound;

import java.util.List;

/**
 * Applies decoded records, all or nothing: the {@link InboundProcessor} runs each call in a
 * transaction of its own. It may be called again with a subset
 * of the same records, and with records it already applied: it must be idempotent.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface BatchHandler<T> {
    /**
     * @param batch records in consumption order
     * @throws InvalidRecordException when a record breaks a rule only the handler can check
     */
    void handle(List<Inbound<T>> batch);
}
