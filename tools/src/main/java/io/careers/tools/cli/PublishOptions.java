package io.careers.tools.cli;

import io.careers.contracts.ContractJson;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/** The options every publisher shares: where Kafka is, and what to do with bad rows. */
public final class PublishOptions extends KafkaOptions {
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

    /**
     * Sends a file's records, one per key, unless {@link #stopBeforeSending} says not to.
     *
     * @param problems each bad row, as it should be shown
     * @param records  the records to send
     * @param topic    where to
     * @param key      each record's key
     * @param what     what the records are, e.g. "projections"
     * @param out      standard output
     * @param err      standard error
     * @param <T>      a contract record
     * @return the exit code: 0 when every row was good and sent
     */
    public <T> int publish(List<?> problems, Collection<T> records, String topic, Function<T, String> key, String what,
                           PrintWriter out, PrintWriter err) {
        OptionalInt stopped = stopBeforeSending(problems, records.size(), what, out, err);
        if (stopped.isPresent()) {
            return stopped.getAsInt();
        }
        Progress progress = new Progress(what, records.size(), System.err);
        try (KafkaSender kafka = new KafkaSender(this, what)) {
            for (T record : records) {
                kafka.send(topic, key.apply(record), ContractJson.write(record));
                progress.advance(1);
            }
            out.println("Trace: " + kafka.traceId());
        }
        progress.finish();
        out.printf("Sent %,d %s.%n", records.size(), what);
        return problems.isEmpty() ? 0 : 1;
    }
}
