package io.careers.salary.release;

import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.InvalidRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** The part of a release an estimate belongs to, as its publisher said in a Kafka header. */
public final class ReleaseParts {
    private ReleaseParts() {
    }

    /**
     * @param record an estimate as consumed
     * @return the part its {@link ReleaseCompletion#PART_HEADER} header names, or {@code all} without one
     * @throws InvalidRecordException when the header is no part name
     */
    public static String of(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(ReleaseCompletion.PART_HEADER);
        if (header == null) {
            return ReleaseCompletion.WHOLE_RELEASE;
        }
        String part = new String(header.value(), StandardCharsets.UTF_8);
        String problem = IdentifierFormat.RELEASE_PART.problem(part);
        if (problem != null) {
            throw new InvalidRecordException("header " + ReleaseCompletion.PART_HEADER + ": " + problem);
        }
        return part;
    }
}
