package io.careers.testkit;

import io.careers.contracts.kafka.KafkaAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passwords of a broker's principals, and the client settings each one connects with. The
 * admin (a super user, the broker's own identity) authenticates with SASL/PLAIN against the
 * broker's configuration, so it works before any other user exists; every other principal with
 * SASL/SCRAM-SHA-256, whose credentials the admin creates ({@link KafkaProvisioning}).
 *
 * @param passwords password per principal, the admin's included
 */
public record KafkaCredentials(Map<String, String> passwords) {
    /** The SASL mechanism of every principal but the admin. */
    public static final String SCRAM = "SCRAM-SHA-256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Copies the map; the admin must be in it. */
    public KafkaCredentials {
        passwords = Map.copyOf(passwords);
        if (!passwords.containsKey(KafkaAccess.ADMIN)) {
            throw new IllegalArgumentException("the credentials need the admin's password");
        }
    }

    /**
     * New random passwords.
     *
     * @param principals the principals besides the admin
     * @return credentials of the admin and of each principal
     */
    public static KafkaCredentials generate(Collection<String> principals) {
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(KafkaAccess.ADMIN, newPassword());
        principals.forEach(principal -> passwords.put(principal, newPassword()));
        return new KafkaCredentials(passwords);
    }

    /**
     * Reads the file {@code ./platform} writes: one {@code principal password} per line.
     *
     * @param file the credentials file
     * @return its credentials
     */
    public static KafkaCredentials read(Path file) {
        try {
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2 && !parts[0].startsWith("#")) {
                    passwords.put(parts[0], parts[1]);
                }
            }
            return new KafkaCredentials(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Kafka credentials " + file, e);
        }
    }

    /** @return the principals other than the admin */
    public List<String> users() {
        return passwords.keySet().stream().filter(principal -> !principal.equals(KafkaAccess.ADMIN)).sorted().toList();
    }

    /**
     * @param principal a principal of these credentials
     * @return the client settings it connects with (security protocol, mechanism, JAAS line)
     */
    public Map<String, String> clientProperties(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka credentials for '" + principal + "'");
        }
        return clientProperties(principal, password);
    }

    /**
     * @param principal any user name
     * @param password  any password
     * @return the client settings of that user and password, right or wrong
     */
    public static Map<String, String> clientProperties(String principal, String password) {
        boolean admin = principal.equals(KafkaAccess.ADMIN);
        String module = admin ? "org.apache.kafka.common.security.plain.PlainLoginModule"
            : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return Map.of(
            "security.protocol", "SASL_PLAINTEXT",
            "sasl.mechanism", admin ? "PLAIN" : SCRAM,
            "sasl.jaas.config", module + " required username=\"" + principal + "\" password=\"" + password + "\";");
    }

    /** Hex, so that it needs no quoting in a JAAS line, a properties file or a shell. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
