package io.careers.tools.deadletter;

import io.careers.contracts.Topics;
import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.KafkaOptions;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** Lists a dead-letter topic: each record's place, original key and place, and the reason. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the records of a dead-letter topic, oldest first.")
final class ListDeadLetters extends ToolCommand {
    @Parameters(index = "0", description = "the input topic (e.g. salary.wage-estimates.v1) or its dead-letter topic (….dlt)")
    String topic;
    @Option(names = "--key-prefix", description = "only records whose key starts so, e.g. OEWS-2023-05")
    String keyPrefix;
    @Option(names = "--limit", defaultValue = "100", description = "at most this many, the newest (default: ${DEFAULT-VALUE})")
    int limit;
    @Mixin
    KafkaOptions broker;

    @Override
    public Integer call() {
        String deadLetterTopic = topic.endsWith(".dlt") ? topic : Topics.deadLetterOf(topic);
        try (DeadLetters letters = new DeadLetters(broker, deadLetterTopic)) {
            List<DeadLetters.Letter> all = letters.readFrom(letters.beginnings()).stream()
                .filter(letter -> keyPrefix == null || (letter.key() != null && letter.key().startsWith(keyPrefix)))
                .toList();
            List<DeadLetters.Letter> shown = all.subList(Math.max(0, all.size() - limit), all.size());
            out().printf("%s: %,d record(s)%s%s%n", deadLetterTopic, all.size(),
                keyPrefix == null ? "" : " with keys starting " + keyPrefix,
                shown.size() < all.size() ? ", the newest " + shown.size() + " shown" : "");
            for (DeadLetters.Letter letter : shown) {
                out().printf("%d:%d  key %s  (was %s %s:%s)%n    %s%n", letter.partition(), letter.offset(), letter.key(),
                    letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.reason());
            }
            out().println("Send chosen ones again after a fix: dead-letters replay " + topic + " --records PARTITION:OFFSET,...");
        }
        return 0;
    }
}
