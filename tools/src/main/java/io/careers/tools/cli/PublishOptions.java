package io.careers.tools.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;

/** The options every publisher shares: where Kafka is, and what to do with bad rows. */
public final class PublishOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
        description = "Kafka (default: ${DEFAULT-VALUE})")
    public String bootstrapServers;
    @Option(names = "--dry-run", description = "check the file and report, send nothing")
    public boolean dryRun;
    @Option(names = "--skip-invalid", description = "send the good rows even if some are bad")
    public boolean skipInvalid;

    /**
     * What every publisher does once the file is read: list the problems, then stop before
     * sending when a problem is not to be skipped, when nothing is left to send, or on a dry run.
     *
     * @param problems each bad row, as it should be shown
     * @param toSend   how many records would be sent
     * @param what     what the records are, e.g. "estimates"
     * @param out      standard output
     * @param err      standard error
     * @return the exit code when nothing is sent, or empty to go on and send
     */
    public OptionalInt stopBeforeSending(List<?> problems, int toSend, String what, PrintWriter out, PrintWriter err) {
        int shown = Math.min(problems.size(), 50);
        problems.subList(0, shown).forEach(p -> err.println("  " + p));
        if (problems.size() > shown) {
            err.println("  ... and " + (problems.size() - shown) + " more problems");
        }
        if (!problems.isEmpty() && !skipInvalid) {
            err.println("Nothing was sent. Fix the rows above, or send the good rows with --skip-invalid.");
            return OptionalInt.of(1);
        }
        if (toSend == 0) {
            err.println("There are no " + what + " to send.");
            return OptionalInt.of(1);
        }
        if (dryRun) {
            out.println("Dry run: nothing was sent.");
            return OptionalInt.of(problems.isEmpty() ? 0 : 1);
        }
        return OptionalInt.empty();
    }
}
