package io.careers.messaging.inbound;

import io.careers.messaging.deadletter.DeadLetter;
import io.careers.messaging.deadletter.DeadLetterPublisher;
import io.careers.messaging.tracing.MessageTracing;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way listeners process records: decode each, dead-letter those that break their
 * contract, apply the rest in one batch, and dead-letter a record only for its own fault.
 *
 * <p>Listeners consume raw bytes, so a value that is not even JSON reaches this code instead of
 * failing inside the Kafka client, where micronaut-kafka would skip it. When the batch handler
 * fails for a non-transient reason, the records are applied one at a time to find the culprit;
 * the others are still applied. A transient failure (database or Kafka unreachable) is thrown, so
 * the listener's error strategy seeks back and the batch is consumed again: nothing is skipped.
 * Dead letters are acknowledged by Kafka before this method returns, that is before the offsets
 * are committed.
 *
 * <p>Each call of the handler runs in a transaction of its own that this class opens, so a handler
 * cannot forget it: the batch, and on a failure each record, is applied entirely or not at all.
 */
@Singleton
@Requires(beans = TransactionOperations.class)
public class InboundProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(InboundProcessor.class);

    private final DeadLetterPublisher deadLetters;
    private final TransactionOperations<Connection> transactions;
    private final MessageTracing tracing;
    private final String group;

    InboundProcessor(DeadLetterPublisher deadLetters, TransactionOperations<Connection> transactions,
                     MessageTracing tracing, ConsumerSettings consumers) {
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.tracing = tracing;
        this.group = consumers.groupId() == null ? "" : consumers.groupId();
    }

    /**
     * Runs the processing of a batch in the trace of its records (see {@link MessageTracing#consuming}).
     *
     * @param records the batch
     * @param work    its processing
     */
    public void traced(List<ConsumerRecord<byte[], byte[]>> records, Runnable work) {
        tracing.consuming(group, records, work);
    }

    /**
     * @param records records of one poll, in consumption order
     * @param decoder decodes and validates one record
     * @param handler applies a batch of decoded records in one transaction
     * @param <T>     the decoded type
     */
    public <T> void process(List<ConsumerRecord<byte[], byte[]>> records, RecordDecoder<T> decoder,
                            BatchHandler<T> handler) {
        process(records, decoder, RefusingBatchHandler.of(handler));
    }

    /**
     * @param records records of one poll, in consumption order
     * @param decoder decodes and validates one record
     * @param handler applies a batch of decoded records in one transaction, except those it refuses
     * @param <T>     the decoded type
     */
    public <T> void process(List<ConsumerRecord<byte[], byte[]>> records, RecordDecoder<T> decoder,
                            RefusingBatchHandler<T> handler) {
        List<DeadLetter> rejected = new ArrayList<>();
        List<Inbound<T>> decoded = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                decoded.add(new Inbound<>(record, decoder.decode(record)));
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw e;
                }
                rejected.add(reject(record, e));
            }
        }
        if (!decoded.isEmpty()) {
            apply(decoded, handler, rejected);
        }
        deadLetters.publish(rejected);
    }

    private <T> void apply(List<Inbound<T>> decoded, RefusingBatchHandler<T> handler, List<DeadLetter> rejected) {
        try {
            refuse(inTransaction(handler, decoded), rejected);
            return;
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e) || decoded.size() == 1) {
                rethrowOrReject(e, decoded.get(0), rejected);
                return;
            }
            LOG.info("Batch of {} records failed ({}); applying them one at a time", decoded.size(), e.toString());
        }
        for (Inbound<T> one : decoded) {
            try {
                refuse(inTransaction(handler, List.of(one)), rejected);
            } catch (RuntimeException e) {
                rethrowOrReject(e, one, rejected);
            }
        }
    }

    private <T> List<RefusingBatchHandler.Refusal> inTransaction(RefusingBatchHandler<T> handler,
                                                                  List<Inbound<T>> batch) {
        return transactions.executeWrite(status -> handler.handle(batch));
    }

    private static void refuse(List<RefusingBatchHandler.Refusal> refusals, List<DeadLetter> rejected) {
        for (RefusingBatchHandler.Refusal refusal : refusals) {
            rejected.add(new DeadLetter(refusal.inbound().record(), refusal.reason(),
                InvalidRecordException.class.getName()));
        }
    }

    private static <T> void rethrowOrReject(RuntimeException e, Inbound<T> one, List<DeadLetter> rejected) {
        if (TransientFailures.isTransient(e)) {
            throw e;
        }
        rejected.add(reject(one.record(), e));
    }

    private static DeadLetter reject(ConsumerRecord<byte[], byte[]> record, RuntimeException e) {
        String reason = e instanceof InvalidRecordException
            ? e.getMessage()
            : "processing failed: " + e;
        return new DeadLetter(record, reason, e.getClass().getName());
    }
}
