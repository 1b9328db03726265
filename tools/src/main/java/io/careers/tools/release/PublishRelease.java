package io.careers.tools.release;

import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.tools.cli.KafkaSender;
import io.careers.tools.cli.Progress;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Publishes an OEWS release from a file in the BLS layout: one {@code salary.wage-estimates.v1}
 * record per detailed occupation and area, then the completion record. Every row is checked
 * first; by default nothing is sent if any row is bad. Re-running the same file sends the same
 * keys and revision, which salary-service ignores: nothing changes downstream.
 */
@Command(name = "publish-release", mixinStandardHelpOptions = true,
    description = "Publishes an OEWS release file (BLS layout, XLSX or CSV) to salary.wage-estimates.v1 and salary.releases.v1.")
public final class PublishRelease implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", description = "the OEWS file as BLS publishes it: XLSX (e.g. national_M2023_dl.xlsx) or the same as CSV")
    Path file;
    @Option(names = "--period", required = true, description = "reference period of the release, YYYY-MM (e.g. 2023-05)")
    String period;
    @Option(names = "--release-id", description = "release id; default OEWS-<period>")
    String releaseId;
    @Option(names = "--soc-version", description = "SOC version of the codes; default 2018 from 2021-05 on, else 2010")
    String socVersion;
    @Option(names = "--revision", defaultValue = "0", description = "0, or higher to correct estimates already published")
    int revision;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!IdentifierFormat.REFERENCE_PERIOD.matches(period)) {
            err.println("--period " + IdentifierFormat.REFERENCE_PERIOD.problem(period));
            return 2;
        }
        String release = releaseId != null ? releaseId : "OEWS-" + period;
        String soc = socVersion != null ? socVersion : (period.compareTo("2021-05") >= 0 ? "2018" : "2010");
        OewsFile.Parsed parsed = OewsFile.parse(Table.read(file), release, period, soc, revision);
        out.printf("%s: %,d estimates of release %s (%s), %,d rows of other industries or groups skipped, %,d bad rows%n",
            file.getFileName(), parsed.estimates().size(), release, period, parsed.skipped(),
            parsed.problems().stream().map(RowProblem::line).distinct().count());
        report(parsed.problems(), err);
        if (!parsed.problems().isEmpty() && !options.skipInvalid) {
            err.println("Nothing was sent. Fix the rows above, or send the good rows with --skip-invalid.");
            return 1;
        }
        if (parsed.estimates().isEmpty()) {
            err.println("The file has no estimates to send.");
            return 1;
        }
        if (options.dryRun) {
            out.println("Dry run: nothing was sent.");
            return parsed.problems().isEmpty() ? 0 : 1;
        }
        Progress progress = new Progress("estimates", parsed.estimates().size(), System.err);
        try (KafkaSender kafka = new KafkaSender(options.bootstrapServers)) {
            for (OewsFile.Line line : parsed.estimates().values()) {
                kafka.send(Topics.WAGE_ESTIMATES, line.estimate().key(), ContractJson.write(line.estimate()));
                progress.advance(1);
            }
            kafka.flush();
            progress.finish();
            ReleaseCompletion completion = ReleaseCompletion.whole(release, period, parsed.estimates().size());
            kafka.send(Topics.RELEASES, release, ContractJson.write(completion));
        }
        out.printf("Sent %,d estimates and the completion record of %s. salary-service makes it current once it holds all of them.%n",
            parsed.estimates().size(), release);
        return parsed.problems().isEmpty() ? 0 : 1;
    }

    static void report(List<RowProblem> problems, PrintWriter err) {
        int shown = Math.min(problems.size(), 50);
        problems.subList(0, shown).forEach(p -> err.println("  " + p));
        if (problems.size() > shown) {
            err.println("  ... and " + (problems.size() - shown) + " more problems");
        }
    }
}
