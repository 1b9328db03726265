package io.careers.salary.estimate;

import io.careers.contracts.EventSchema;
import io.careers.contracts.salary.WageEstimate;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.RecordDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Decodes {@code salary.wage-estimates.v1}: the contract's schema, then {@link EstimateRules}. */
final class WageEstimateDecoder implements RecordDecoder<WageEstimate> {
    private final JsonEventDecoder<WageEstimate> json = JsonEventDecoder.of(EventSchema.WAGE_ESTIMATE, WageEstimate.class);

    @Override
    public WageEstimate decode(ConsumerRecord<byte[], byte[]> record) {
        WageEstimate estimate = json.decode(record);
        String key = RecordDecoder.keyOf(record);
        List<String> problems = EstimateRules.check(estimate, key);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(String.join("; ", problems));
        }
        return estimate;
    }
}
