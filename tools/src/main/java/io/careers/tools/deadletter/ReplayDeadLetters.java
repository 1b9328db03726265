package io.careers.tools.deadletter;

import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.KafkaSender;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sends chosen dead letters again to the topic they were rejected from, with their original key:
 * after the cause was fixed (the missing release part published, the partner registered), or
 * with a corrected value from a file. The consumer applies them as any other record, once.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Re-publishes chosen records of a dead-letter topic to the topic they came from.")
final class ReplayDeadLetters extends ToolCommand {
    @Mixin
    DeadLetterSource source;
    @Option(names = "--records", required = true, split = ",", description = "the records, as PARTITION:OFFSET in the "
        + "dead-letter topic (as 'list' shows them)")
    List<String> records;
    @Option(names = "--value-file", description = "with one record: send this corrected value instead of the rejected one")
    Path valueFile;

    @Override
    public Integer call() throws IOException {
        if (valueFile != null && records.size() != 1) {
            err().println("--value-file corrects one record: name one with --records");
            return 2;
        }
        String deadLetterTopic = source.deadLetterTopic();
        String inputTopic = source.inputTopic();
        List<DeadLetters.Letter> all = source.readAll();
        for (String place : records) {
            if (find(all, place) == null) {
                err().println(place + ": no such record in " + deadLetterTopic + "; nothing was sent");
                return 1;
            }
        }
        try (KafkaSender kafka = new KafkaSender(source.broker, "replayed dead letters")) {
            for (String place : records) {
                DeadLetters.Letter letter = find(all, place);
                String value = valueFile != null ? Files.readString(valueFile).strip() : letter.value();
                kafka.send(inputTopic, letter.key(), value);
                out().printf("%s: sent key %s to %s again%s%n", place, letter.key(), inputTopic,
                    valueFile != null ? " with the value of " + valueFile : "");
            }
        }
        return 0;
    }

    private static DeadLetters.Letter find(List<DeadLetters.Letter> letters, String place) {
        String[] parts = place.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            return null;
        }
        for (DeadLetters.Letter letter : letters) {
            if (letter.partition() == Integer.parseInt(parts[0]) && letter.offset() == Long.parseLong(parts[1])) {
                return letter;
            }
        }
        return null;
    }
}
