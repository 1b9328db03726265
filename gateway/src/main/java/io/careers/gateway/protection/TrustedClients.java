package io.careers.gateway.protection;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The server-side front ends the gateway trusts with a higher rate limit, each known by the SHA-256
 * digest of its key. A presented key is hashed and compared with every digest in constant time.
 */
final class TrustedClients {
    /** The header a trusted client sends its key in. */
    static final String KEY_HEADER = "X-Client-Key";

    private final List<byte[]> digests;

    TrustedClients(List<String> hexDigests) {
        this.digests = hexDigests.stream().map(HexFormat.of()::parseHex).toList();
    }

    /**
     * @param key the key a request presents
     * @return the client's name for its rate-limit bucket (a prefix of its digest), or empty when the key is unknown
     */
    Optional<String> identify(@Nullable String key) {
        if (key == null || key.isEmpty() || key.length() > 256) {
            return Optional.empty();
        }
        byte[] presented = sha256(key);
        String found = null;
        for (byte[] digest : digests) {
            // Every digest is compared, so the time taken does not tell which one came close.
            if (MessageDigest.isEqual(presented, digest)) {
                found = "trusted:" + HexFormat.of().formatHex(digest, 0, 8);
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
