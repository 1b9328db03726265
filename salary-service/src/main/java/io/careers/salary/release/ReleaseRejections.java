package io.careers.salary.release;

import io.careers.contracts.Topics;
import io.careers.messaging.deadletter.DeadLetter;
import io.careers.messaging.deadletter.DeadLetterObserver;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Notes, by release, the estimates and completion records salary-service dead-lettered, so that a
 * data team sees them on {@code GET /api/v1/releases/{releaseId}} without a Kafka client.
 */
@Singleton
class ReleaseRejections implements DeadLetterObserver {
    private final RejectionRepository rejections;

    ReleaseRejections(RejectionRepository rejections) {
        this.rejections = rejections;
    }

    @Override
    @Transactional
    public void rejected(List<DeadLetter> letters) {
        for (DeadLetter letter : letters) {
            var record = letter.record();
            String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
            String releaseId = releaseOf(record.topic(), key);
            if (releaseId != null) {
                rejections.note(record.topic(), record.partition(), record.offset(), releaseId, key, letter.reason(),
                    partOf(record));
            }
        }
    }

    /** @return the part an estimate belongs to, or null for a completion record or a bad header */
    private static String partOf(ConsumerRecord<byte[], byte[]> record) {
        if (!record.topic().equals(Topics.WAGE_ESTIMATES)) {
            return null;
        }
        try {
            return ReleaseParts.of(record);
        } catch (RuntimeException badHeader) {
            return null;
        }
    }

    /** @return the release a key names: {@code {releaseId}} on releases, {@code {releaseId}:{area}:{soc}} on estimates */
    static String releaseOf(String topic, String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (topic.equals(Topics.RELEASES)) {
            return key;
        }
        if (topic.equals(Topics.WAGE_ESTIMATES)) {
            int soc = key.lastIndexOf(':');
            int area = soc > 0 ? key.lastIndexOf(':', soc - 1) : -1;
            return area > 0 ? key.substring(0, area) : null;
        }
        return null;
    }
}
