package io.careers.tools.projection;

import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.tools.cli.KafkaSender;
import io.careers.tools.cli.Progress;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.Table;
import io.careers.tools.release.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** Publishes an employment projections file to {@code salary.employment-projections.v1}. */
@Command(name = "publish-projections", mixinStandardHelpOptions = true,
    description = "Publishes a BLS employment projections file (the occupation table, XLSX or CSV) to salary.employment-projections.v1.")
public final class PublishProjections implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", description = "the projections file (XLSX or CSV)")
    Path file;
    @Option(names = "--soc-version", defaultValue = "2018", description = "SOC version of the codes (default: ${DEFAULT-VALUE})")
    String socVersion;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectionsFile.Parsed parsed = ProjectionsFile.parse(Table.read(file, ProjectionsFile::isTitleColumn), socVersion);
        out.printf("%s: %,d projections, %,d summary rows skipped, %,d bad rows%n", file.getFileName(),
            parsed.projections().size(), parsed.skipped(), parsed.problems().stream().map(RowProblem::line).distinct().count());
        OptionalInt stopped = options.stopBeforeSending(parsed.problems(), parsed.projections().size(), "projections", out, err);
        if (stopped.isPresent()) {
            return stopped.getAsInt();
        }
        Progress progress = new Progress("projections", parsed.projections().size(), System.err);
        try (KafkaSender kafka = new KafkaSender(options.bootstrapServers)) {
            for (EmploymentProjection projection : parsed.projections().values()) {
                kafka.send(Topics.EMPLOYMENT_PROJECTIONS, projection.key(), ContractJson.write(projection));
                progress.advance(1);
            }
        }
        progress.finish();
        out.printf("Sent %,d projections.%n", parsed.projections().size());
        return parsed.problems().isEmpty() ? 0 : 1;
    }
}
