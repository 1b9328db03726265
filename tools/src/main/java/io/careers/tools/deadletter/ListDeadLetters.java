package io.careers.tools.deadletter;

import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** Lists a dead-letter topic: each record's place, original key and place, and the reason. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the records of a dead-letter topic, oldest first.")
final class ListDeadLetters extends ToolCommand {
    @Mixin
    DeadLetterSource source;
    @Option(names = "--key-prefix", description = "only records whose key starts so, e.g. OEWS-2023-05")
    String keyPrefix;
    @Option(names = "--limit", defaultValue = "100", description = "at most this many, the newest (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        String deadLetterTopic = source.deadLetterTopic();
        List<DeadLetters.Letter> all = source.readAll().stream()
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
        out().println("Send chosen ones again after a fix: dead-letters replay " + source.topic
            + " --records PARTITION:OFFSET,...");
        return 0;
    }
}
