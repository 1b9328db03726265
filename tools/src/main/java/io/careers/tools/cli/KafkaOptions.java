package io.careers.tools.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Where Kafka is and who to connect as: the options every command that reads or writes topics takes. */
public class KafkaOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
        description = "Kafka (default: ${DEFAULT-VALUE})")
    public String bootstrapServers;

    @Option(names = "--command-config", defaultValue = "${KAFKA_CLIENT_CONFIG:-}",
        description = "a Kafka client properties file with the principal's SASL settings, as Kafka's own tools "
            + "take it; ./platform writes one per principal under .platform/kafka/ (default: KAFKA_CLIENT_CONFIG)")
    public String commandConfig;

    /**
     * @return the settings every client of a command starts from: the file's (or, without one, the user of
     *         {@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD}), then the bootstrap servers
     * @throws UncheckedIOException when the file cannot be read
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        if (commandConfig != null && !commandConfig.isBlank()) {
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(commandConfig))) {
                file.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --command-config " + commandConfig, e);
            }
            file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
        } else if (System.getenv("KAFKA_SASL_USERNAME") != null) {
            // As the services take theirs: a user and password from the environment (docker-compose).
            properties.put("security.protocol", System.getenv().getOrDefault("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"));
            properties.put("sasl.mechanism", "SCRAM-SHA-256");
            properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + System.getenv("KAFKA_SASL_USERNAME") + "\" password=\"" + System.getenv().getOrDefault("KAFKA_SASL_PASSWORD", "") + "\";");
        }
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    /**
     * @param settings a client's own settings, name then value
     * @return {@link #clientProperties()} with them
     */
    public Map<String, Object> clientProperties(String... settings) {
        Map<String, Object> properties = clientProperties();
        for (int i = 0; i < settings.length; i += 2) {
            properties.put(settings[i], settings[i + 1]);
        }
        return properties;
    }
}
