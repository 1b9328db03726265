package io.careers.messaging.deadletter;

import java.util.List;

/**
 * Told of records once Kafka holds them in their dead-letter topic, so a service can show its
 * users what was rejected (salary-service lists a release's rejections). The dead-letter topic
 * stays the record of truth: an observer that fails is logged and changes nothing, and a replay
 * may tell it of the same record again.
 */
public interface DeadLetterObserver {
    /**
     * @param letters records just dead-lettered
     */
    void rejected(List<DeadLetter> letters);
}
