package io.careers.tools.cli;

import picocli.CommandLine.Option;

/** Where Kafka is: the one option every command that reads or writes topics takes. */
public class KafkaOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
        description = "Kafka (default: ${DEFAULT-VALUE})")
    public String bootstrapServers;
}
