package io.careers.tools.replay;

import io.careers.tools.cli.KafkaOptions;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code replay}: makes a stopped service consume its input topics again from a point, by moving
 * its consumer group's offsets. The services apply every input idempotently, so a replay rebuilds
 * what was lost (a restored database, a fixed bug) without applying anything twice.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Moves a consumer group's offsets so that its service consumes its topics again from a point.",
        "Stop the service first (./platform replay SERVICE does it for you); the group must have no members."})
public final class ReplayCommand extends ToolCommand {
    @Mixin
    KafkaOptions broker;
    @Option(names = "--group", required = true, description = "the consumer group, e.g. salary-service")
    String group;
    @Option(names = "--to", defaultValue = "earliest",
        description = "earliest, latest, or an ISO-8601 time such as 2026-12-03T09:00:00Z (default: ${DEFAULT-VALUE})")
    String to;
    @Option(names = "--topic", description = "a topic to move (repeatable); default: every topic the group has consumed")
    List<String> topics = List.of();
    @Option(names = "--wait-seconds", defaultValue = "30",
        description = "how long to wait for a just-stopped service to leave the group (default: ${DEFAULT-VALUE})")
    int waitSeconds;
    @Option(names = "--dry-run", description = "print the moves without making them")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        ConsumerGroupReset.Target target;
        try {
            target = ConsumerGroupReset.Target.parse(to);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--to: '" + to + "' is not earliest, latest or an ISO-8601 time such as 2026-12-03T09:00:00Z");
        }
        try (ConsumerGroupReset reset = new ConsumerGroupReset(broker)) {
            List<ConsumerGroupReset.Move> moves = reset.plan(group, topics, target);
            if (moves.isEmpty()) {
                spec.commandLine().getErr().printf("Group %s has consumed nothing yet and no --topic was named: nothing to move.%n", group);
                return 1;
            }
            for (ConsumerGroupReset.Move move : moves) {
                out().printf("%s:%d  %s -> %d%n", move.partition().topic(), move.partition().partition(),
                    move.from() < 0 ? "none" : Long.toString(move.from()), move.to());
            }
            if (dryRun) {
                out().println("Dry run: nothing moved.");
                return 0;
            }
            List<String> members = reset.awaitEmpty(group, Duration.ofSeconds(waitSeconds));
            if (!members.isEmpty()) {
                spec.commandLine().getErr().printf("Group %s still has members after %d s: %s. Stop the service first.%n",
                    group, waitSeconds, String.join(", ", members));
                return 1;
            }
            reset.apply(group, moves);
            long again = moves.stream().mapToLong(m -> Math.max(0, m.from() - m.to())).sum();
            out().printf("Moved %d partition(s) of group %s to %s: %,d record(s) will be consumed again when the service starts.%n",
                moves.size(), group, to, again);
        }
        return 0;
    }
}
