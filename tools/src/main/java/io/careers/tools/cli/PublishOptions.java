package io.careers.tools.cli;

import picocli.CommandLine.Option;

/** The options every publisher shares: where Kafka is, and what to do with bad rows. */
public final class PublishOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
        description = "Kafka (default: ${DEFAULT-VALUE})")
    public String bootstrapServers;
    @Option(names = "--dry-run", description = "check the file and report, send nothing")
    public boolean dryRun;
    @Option(names = "--skip-invalid", description = "send the good rows even if some are bad")
    public boolean skipInvalid;
}
