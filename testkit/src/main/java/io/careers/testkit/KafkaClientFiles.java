package io.careers.testkit;

import io.careers.contracts.kafka.KafkaAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's Kafka credentials on disk, in its state folder ({@code .platform/kafka/}), readable
 * by the owner only:
 * <ul>
 *   <li>{@code credentials}: one {@code principal password} per line, made once and kept, so that the
 *   broker's users and every client agree across restarts;</li>
 *   <li>{@code <principal>.properties}: the settings of a Java client, for the tools'
 *   {@code --command-config} and Kafka's own scripts;</li>
 *   <li>{@code <principal>.librdkafka.conf}: the same for librdkafka clients, {@code kcat -F FILE}.</li>
 * </ul>
 */
final class KafkaClientFiles {
    static final String CREDENTIALS = "credentials";

    private KafkaClientFiles() {
    }

    /**
     * Reads the credentials file, adds a password for each principal it lacks, and writes every
     * principal's client files.
     *
     * @param dir              the folder
     * @param bootstrapServers what clients connect to
     * @param principals       the principals besides the admin
     * @return the credentials
     */
    static KafkaCredentials prepare(Path dir, String bootstrapServers, Collection<String> principals) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(CREDENTIALS);
            Map<String, String> passwords = new LinkedHashMap<>();
            if (Files.exists(file)) {
                passwords.putAll(KafkaCredentials.read(file).passwords());
            }
            List<String> missing = new ArrayList<>();
            if (!passwords.containsKey(KafkaAccess.ADMIN)) {
                missing.add(KafkaAccess.ADMIN);
            }
            principals.stream().filter(principal -> !passwords.containsKey(principal)).forEach(missing::add);
            KafkaCredentials generated = KafkaCredentials.generate(missing.stream().filter(p -> !p.equals(KafkaAccess.ADMIN)).toList());
            missing.forEach(principal -> passwords.put(principal, generated.passwords().get(principal)));
            KafkaCredentials credentials = new KafkaCredentials(passwords);
            StringBuilder lines = new StringBuilder("# Kafka principals of this platform and their passwords (made by ./platform)\n");
            passwords.forEach((principal, password) -> lines.append(principal).append(' ').append(password).append('\n'));
            writePrivate(file, lines.toString());
            for (String principal : passwords.keySet()) {
                writePrivate(dir.resolve(principal + ".properties"), javaClient(bootstrapServers, credentials, principal));
                writePrivate(dir.resolve(principal + ".librdkafka.conf"), librdkafkaClient(bootstrapServers, credentials, principal));
            }
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka credentials in " + dir, e);
        }
    }

    private static String javaClient(String bootstrapServers, KafkaCredentials credentials, String principal) {
        StringBuilder text = new StringBuilder("# Kafka client settings of " + principal + " (--command-config)\n");
        text.append("bootstrap.servers=").append(bootstrapServers).append('\n');
        credentials.clientProperties(principal).forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static String librdkafkaClient(String bootstrapServers, KafkaCredentials credentials, String principal) {
        Map<String, String> java = credentials.clientProperties(principal);
        return "# librdkafka settings of " + principal + " (kcat -F this-file)\n"
            + "bootstrap.servers=" + bootstrapServers + "\n"
            + "security.protocol=" + java.get("security.protocol") + "\n"
            + "sasl.mechanisms=" + java.get("sasl.mechanism") + "\n"
            + "sasl.username=" + principal + "\n"
            + "sasl.password=" + credentials.passwords().get(principal) + "\n";
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
