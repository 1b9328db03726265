package io.careers.tools.crosswalk;

import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.tools.cli.KafkaSender;
import io.careers.tools.cli.PublishOptions;
import io.careers.tools.cli.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * Publishes a BLS SOC crosswalk to {@code salary.soc-crosswalk.v1}, one record per link, from which
 * salary-service builds the occupations' lineage. Sending the same file again changes nothing.
 */
@Command(name = "publish-crosswalk", mixinStandardHelpOptions = true,
    description = "Publishes a BLS SOC crosswalk (e.g. soc_2010_to_2018_crosswalk.xlsx; XLSX, XLS or CSV) to salary.soc-crosswalk.v1.")
public final class PublishCrosswalk implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", description = "the crosswalk as BLS publishes it")
    Path file;
    @Mixin
    PublishOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrosswalkFile.Parsed parsed = CrosswalkFile.parse(Table.read(file, CrosswalkFile::isCodeColumn));
        out.printf("%s: %,d links, %,d notes left out, %,d problems%n", file.getFileName(), parsed.links().size(),
            parsed.notes(), parsed.problems().size());
        OptionalInt stopped = options.stopBeforeSending(parsed.problems(), parsed.links().size(), "links", out, err);
        if (stopped.isPresent()) {
            return stopped.getAsInt();
        }
        try (KafkaSender kafka = new KafkaSender(options.bootstrapServers)) {
            for (SocCrosswalkLink link : parsed.links().values()) {
                kafka.send(Topics.SOC_CROSSWALK, link.key(), ContractJson.write(link));
            }
        }
        out.printf("Sent %,d links. salary-service names every successor and predecessor they give.%n", parsed.links().size());
        return parsed.problems().isEmpty() ? 0 : 1;
    }
}
