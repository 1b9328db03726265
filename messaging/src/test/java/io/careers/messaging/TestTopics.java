package io.careers.messaging;

/** Topics of the messaging tests, declared in application-test.yml the way services declare theirs. */
final class TestTopics {
    static final String OUTBOX = "messaging.test.outbox";
    static final String INBOUND = "messaging.test.inbound";

    private TestTopics() {
    }
}
