package io.careers.testkit;

import io.careers.contracts.auth.AccessTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bearer tokens for tests of the JWT-protected APIs: valid ones, expired ones and wrongly signed
 * ones through the platform's one signer ({@link AccessTokens}), and an unsigned one it never makes.
 */
public final class TestTokens {
    private TestTokens() {
    }

    /**
     * @param secret           signing secret
     * @param subject          {@code sub}
     * @param roles            the {@code roles} claim
     * @param expiresInSeconds seconds from now until {@code exp}; negative for an expired token
     * @return the signed token
     */
    public static String hs256(String secret, String subject, List<String> roles, long expiresInSeconds) {
        return AccessTokens.issue(secret, subject, roles, Duration.ofSeconds(expiresInSeconds));
    }

    /** @return a token with {@code alg: none} and no signature, which every service must refuse */
    public static String unsigned(String subject, List<String> roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"" + subject + "\",\"roles\":[" + roles.stream().map(r -> "\"" + r + "\"")
            .collect(Collectors.joining(",")) + "],\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}";
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
