package io.careers.tools.crosswalk;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.Table;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * Publishes a BLS SOC crosswalk to {@code salary.soc-crosswalk.v1}, one record per link, from which
 * salary-service builds the occupations' lineage. Sending the same file again changes nothing.
 */
@Command(name = "publish-crosswalk", mixinStandardHelpOptions = true,
    description = "Publishes a BLS SOC crosswalk (e.g. soc_2010_to_2018_crosswalk.xlsx; XLSX, XLS or CSV) to salary.soc-crosswalk.v1.")
public final class PublishCrosswalk extends ToolCommand {
    @Parameters(index = "0", description = "the crosswalk as BLS publishes it")
    Path file;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        CrosswalkFile.Parsed parsed = CrosswalkFile.parse(Table.read(file, CrosswalkFile::isCodeColumn));
        out().printf("%s: %,d links, %,d notes left out, %,d problems%n", file.getFileName(), parsed.links().size(),
            parsed.notes(), parsed.problems().size());
        return options.publish(parsed.problems(), parsed.links().values(), Topics.SOC_CROSSWALK, SocCrosswalkLink::key,
            "links", out(), err());
    }
}
