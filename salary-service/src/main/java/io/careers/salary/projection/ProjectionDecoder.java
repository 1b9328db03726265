package io.careers.salary.projection;

import io.careers.contracts.EventSchema;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.RecordDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code salary.employment-projections.v1}: the schema, then the key, and a period that
 * agrees with its base and target years.
 */
final class ProjectionDecoder implements RecordDecoder<EmploymentProjection> {
    private final JsonEventDecoder<EmploymentProjection> json =
        JsonEventDecoder.of(EventSchema.EMPLOYMENT_PROJECTION, EmploymentProjection.class);

    @Override
    public EmploymentProjection decode(ConsumerRecord<byte[], byte[]> record) {
        EmploymentProjection p = json.decode(record);
        String key = RecordDecoder.keyOf(record);
        List<String> problems = new ArrayList<>();
        if (!p.key().equals(key)) {
            problems.add("key: '" + key + "' disagrees with the value, which is " + p.key()
                + " ({projectionPeriod}:{occupation.code})");
        }
        if (p.targetYear() <= p.baseYear()) {
            problems.add("targetYear: " + p.targetYear() + " must be after baseYear " + p.baseYear());
        }
        String period = p.baseYear() + "-" + p.targetYear();
        if (!period.equals(p.projectionPeriod())) {
            problems.add("projectionPeriod: " + p.projectionPeriod() + " disagrees with baseYear and targetYear ("
                + period + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(String.join("; ", problems));
        }
        return p;
    }
}
