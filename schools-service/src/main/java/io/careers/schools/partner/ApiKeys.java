package io.careers.schools.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Partner API keys: {@code <keyId>.<secret>}, 128 random bits of key id and 256 of secret. Only a
 * SHA-256 of the secret is stored (a fast hash suffices for a random secret of that size) and it is
 * compared in constant time.
 */
final class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

    private ApiKeys() {
    }

    /** @return a new key; give {@link NewKey#plainText()} to the partner once */
    static NewKey generate() {
        String keyId = "pk_" + random(16);
        String secret = random(32);
        return new NewKey(keyId, keyId + "." + secret, hash(secret));
    }

    /**
     * @param presented the header value
     * @return its key id and secret, if it has the shape of a key
     */
    static Optional<Presented> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        int dot = presented.indexOf('.');
        if (dot <= 3 || dot == presented.length() - 1 || !presented.startsWith("pk_") || presented.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(new Presented(presented.substring(0, dot), presented.substring(dot + 1)));
    }

    static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return TOKEN.encodeToString(b);
    }

    /**
     * @param keyId      the public part, stored
     * @param plainText  the whole key, shown once
     * @param secretHash SHA-256 of the secret part, stored
     */
    record NewKey(String keyId, String plainText, byte[] secretHash) {
    }

    /**
     * @param keyId  the public part
     * @param secret the secret part
     */
    record Presented(String keyId, String secret) {
    }
}
