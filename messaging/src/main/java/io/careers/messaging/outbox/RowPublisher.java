package io.careers.messaging.outbox;

import io.careers.contracts.ContractEvent;
import io.careers.messaging.kafka.MessagingProducer;
import io.careers.messaging.tracing.MessageTracing;
import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one batch of outbox rows to Kafka and waits for each verdict, in id order. Each record
 * carries its event type and the trace context the row was written in, continued by a producer span.
 */
record RowPublisher(MessagingProducer producer, MessageTracing tracing) {
    /**
     * @param rows the rows, in id order
     * @return the ids of the leading rows Kafka acknowledged, how many were handed to the producer,
     *     and the failure that ended the batch early, if any
     */
    Outcome publish(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        Exception failure = null;
        for (OutboxRow row : rows) {
            ProducerRecord<byte[], byte[]> record = toRecord(row);
            Span span = tracing.publishing(tracing.decode(row.traceContext()), record);
            try {
                sends.add(producer.send(record));
                spans.add(span);
            } catch (RuntimeException e) {
                MessageTracing.end(span, e);
                failure = e;
                break;
            }
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(sends.size());
        long verdictWaitMillis = producer.verdictWait().toMillis();
        for (int i = 0; i < sends.size(); i++) {
            Exception sendFailure = null;
            try {
                sends.get(i).get(verdictWaitMillis, TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                sendFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sendFailure = e;
            }
            MessageTracing.end(spans.get(i), sendFailure);
            if (sendFailure != null) {
                failure = sendFailure;
                spans.subList(i + 1, spans.size()).forEach(span -> MessageTracing.end(span, null));
                break;
            }
        }
        return new Outcome(acknowledged, sends.size(), failure);
    }

    private static ProducerRecord<byte[], byte[]> toRecord(OutboxRow row) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(row.topic(),
            row.key().getBytes(StandardCharsets.UTF_8), row.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add(ContractEvent.EVENT_TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * @param acknowledged ids of the rows Kafka acknowledged, a prefix of the batch
     * @param sent         how many rows were handed to the producer
     * @param failure      what ended the batch early, or null
     */
    record Outcome(List<Long> acknowledged, int sent, Exception failure) {
    }
}
