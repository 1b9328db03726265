package io.careers.tools.projection;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.Table;
import io.careers.tools.cli.ToolCommand;
import io.careers.tools.release.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Publishes an employment projections file to {@code salary.employment-projections.v1}. */
@Command(name = "publish-projections", mixinStandardHelpOptions = true,
    description = "Publishes a BLS employment projections file (the occupation table, XLSX or CSV) to salary.employment-projections.v1.")
public final class PublishProjections extends ToolCommand {
    @Parameters(index = "0", description = "the projections file (XLSX or CSV)")
    Path file;
    @Option(names = "--soc-version", defaultValue = "2018", description = "SOC version of the codes (default: ${DEFAULT-VALUE})")
    String socVersion;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        ProjectionsFile.Parsed parsed = ProjectionsFile.parse(Table.read(file, ProjectionsFile::isTitleColumn), socVersion);
        out().printf("%s: %,d projections, %,d summary rows skipped, %,d bad rows%n", file.getFileName(),
            parsed.projections().size(), parsed.skipped(), parsed.problems().stream().map(RowProblem::line).distinct().count());
        return options.publish(parsed.problems(), parsed.projections().values(), Topics.EMPLOYMENT_PROJECTIONS,
            EmploymentProjection::key, "projections", out(), err());
    }
}
