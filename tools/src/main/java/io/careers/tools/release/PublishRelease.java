package io.careers.tools.release;

import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.tools.cli.KafkaSender;
import io.careers.tools.cli.Progress;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.ToolCommand;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Publishes an OEWS release from the files BLS ships (national, state, metropolitan,
 * nonmetropolitan and all-data tables, as CSV, XLSX or XLS, or the zip archives holding them):
 * one {@code salary.wage-estimates.v1} record per detailed occupation and area of all the files,
 * then one completion record with the total, or, with {@code --part}, the completion record of
 * that part of a release published by several jobs. Every row is checked first; by default
 * nothing is sent if any row is bad. Re-running the same files sends the same keys and revision,
 * which salary-service ignores: nothing changes downstream.
 */
@Command(name = "publish-release", mixinStandardHelpOptions = true,
    description = "Publishes an OEWS release (BLS files: CSV, XLSX, XLS or zip archives) to salary.wage-estimates.v1 and salary.releases.v1.")
public final class PublishRelease extends ToolCommand {

    @Parameters(arity = "1..*", description = "the OEWS files as BLS ships them, e.g. national_M2013_dl.xls state_M2013_dl.xls, "
        + "all_data_M_2023.xlsx or oesm23all.zip; all of them make one release")
    List<Path> files;
    @Option(names = "--period", required = true, description = "reference period of the release, YYYY-MM (e.g. 2023-05)")
    String period;
    @Option(names = "--release-id", description = "release id; default OEWS-<period>")
    String releaseId;
    @Option(names = "--soc-version", description = "SOC version of the codes; default 2018 from 2021-05 on, else 2010")
    String socVersion;
    @Option(names = "--revision", defaultValue = "0", description = "0, or higher to correct estimates already published")
    int revision;
    @Option(names = "--part", description = "when several jobs publish one release: the part these files are (e.g. state)")
    String part;
    @Option(names = "--parts", split = ",", description = "with --part: every part of the release, the same in each job "
        + "(e.g. national,state,metro,nonmetro); salary-service promotes the release once all of them are in")
    List<String> parts;
    @Option(names = "--wait", description = "follow the release on salary-service until it is current (or this part is in); "
        + "exit 1 with the reasons if a record of it is dead-lettered or it is still incomplete after --wait-seconds")
    boolean waitUntilCurrent;
    @Option(names = "--wait-seconds", defaultValue = "600", description = "with --wait: how long to follow it (default: ${DEFAULT-VALUE})")
    int waitSeconds;
    @Option(names = "--salary-url", defaultValue = "${SALARY_URL:-http://localhost:8082}",
        description = "with --wait: salary-service (default: ${DEFAULT-VALUE})")
    String salaryUrl;
    @Option(names = "--salary-group", defaultValue = "salary-service",
        description = "with --wait: salary-service's consumer group (default: ${DEFAULT-VALUE})")
    String salaryGroup;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        String optionProblem = optionProblem();
        if (optionProblem != null) {
            err().println(optionProblem);
            return 2;
        }
        String release = releaseId != null ? releaseId : "OEWS-" + period;
        String soc = socVersion != null ? socVersion : (period.compareTo("2021-05") >= 0 ? "2018" : "2010");
        Path scratch = Files.createTempDirectory("publish-release-");
        try {
            long started = System.nanoTime();
            ReleaseSources.Found found = ReleaseSources.of(files, scratch);
            found.passed().forEach(passed -> out().println("  passed over " + passed));
            Progress reading = Progress.counting("rows read", System.err);
            ReleaseReader.Release read;
            try {
                read = ReleaseReader.read(found.sources(), new OewsFile.Release(release, period, soc, revision),
                    reading::advance);
            } finally {
                reading.finish();
            }
            long readAt = System.nanoTime();
            read.summaries().forEach(out()::println);
            out().printf("%,d estimates of release %s (%s)%s%s, %,d problems%n", read.estimates().size(), release, period,
                part == null ? "" : ", part " + part + " of " + parts,
                read.repeated() == 0 ? "" : String.format(", %,d found again in another file with the same figures",
                    read.repeated()), read.problems().size());
            OptionalInt stopped = options.stopBeforeSending(read.problems(), read.estimates().size(), "estimates", out(), err());
            if (stopped.isPresent()) {
                return stopped.getAsInt();
            }
            if (waitUntilCurrent) {
                // The follower notes where the dead-letter topics end before anything is sent, and is closed however sending ends.
                try (ReleaseFollower follower = new ReleaseFollower(salaryUrl, options, release, salaryGroup)) {
                    Map<TopicPartition, Long> sent = send(release, read.estimates());
                    long sentAt = System.nanoTime();
                    int waited = follower.follow(read.estimates().size(), part, Duration.ofSeconds(waitSeconds), sent, out());
                    out().printf(Locale.ROOT, "Timing: %.1f s reading and checking the files, %.1f s sending, %.1f s from the "
                        + "last record sent to the end of the wait; %.1f s in all.%n", seconds(readAt - started),
                        seconds(sentAt - readAt), seconds(System.nanoTime() - sentAt), seconds(System.nanoTime() - started));
                    return read.problems().isEmpty() ? waited : ReleaseFollower.FAILED;
                }
            }
            send(release, read.estimates());
            out().printf("Sent %,d estimates and the completion record of %s%s. salary-service makes it current once it holds "
                + "all of them%s.%n", read.estimates().size(), release, part == null ? "" : " part " + part,
                part == null ? "" : " and every part's completion record is in");
            return read.problems().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err().println(e.getMessage());
            err().println("Nothing was sent.");
            return 1;
        } finally {
            try (Stream<Path> scratchFiles = Files.walk(scratch)) {
                scratchFiles.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private String optionProblem() {
        if (!IdentifierFormat.REFERENCE_PERIOD.matches(period)) {
            return "--period " + IdentifierFormat.REFERENCE_PERIOD.problem(period);
        }
        if ((part == null) != (parts == null)) {
            return "--part and --parts go together: the part these files are, and every part of the release";
        }
        if (part != null) {
            for (String name : parts) {
                if (!IdentifierFormat.RELEASE_PART.matches(name)) {
                    return "--parts " + IdentifierFormat.RELEASE_PART.problem(name);
                }
            }
            if (!parts.contains(part)) {
                return "--part " + part + " is not among --parts " + String.join(",", parts);
            }
        }
        return null;
    }

    /** @return the last offset written, per partition */
    private Map<TopicPartition, Long> send(String release, List<ReleaseReader.Estimate> estimates) {
        Progress progress = new Progress("estimates", estimates.size(), System.err);
        try (KafkaSender kafka = new KafkaSender(options, "release " + release + (part == null ? "" : " part " + part))) {
            // A job publishing one part says so on each estimate, so that salary-service counts them per part.
            Map<String, String> headers = part == null ? Map.of() : Map.of(ReleaseCompletion.PART_HEADER, part);
            for (ReleaseReader.Estimate estimate : estimates) {
                kafka.send(Topics.WAGE_ESTIMATES, estimate.key(), estimate.json(), headers);
                progress.advance(1);
            }
            kafka.flush();
            progress.finish();
            ReleaseCompletion completion = part == null
                ? ReleaseCompletion.whole(release, period, estimates.size())
                : ReleaseCompletion.part(release, period, estimates.size(), part, parts);
            kafka.send(Topics.RELEASES, release, ContractJson.write(completion));
            kafka.flush();
            out().println("Trace: " + kafka.traceId() + " (every record carries it; the services' spans continue it)");
            return kafka.lastOffsets();
        }
    }
}
