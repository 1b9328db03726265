package io.careers.tools.deadletter;

import io.careers.contracts.Topics;
import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.KafkaOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * What both dead-letter commands read: a topic named by its input topic or by its dead-letter topic,
 * on a broker. Naming either is accepted because data teams know the input topic, and {@code list}
 * prints the dead-letter topic.
 */
final class DeadLetterSource {
    @Parameters(index = "0", description = "the input topic (e.g. salary.wage-estimates.v1) or its dead-letter topic (….dlt)")
    String topic;
    @Mixin
    KafkaOptions broker;

    /** @return the dead-letter topic, {@code <input topic>.dlt} */
    String deadLetterTopic() {
        return topic.endsWith(Topics.DEAD_LETTER_SUFFIX) ? topic : Topics.deadLetterOf(topic);
    }

    /** @return the topic its records were rejected from */
    String inputTopic() {
        String deadLetterTopic = deadLetterTopic();
        return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
    }

    /** @return every record of the dead-letter topic up to its end now, in partition and offset order */
    List<DeadLetters.Letter> readAll() {
        try (DeadLetters letters = new DeadLetters(broker, deadLetterTopic())) {
            return letters.readFrom(letters.beginnings());
        }
    }
}
