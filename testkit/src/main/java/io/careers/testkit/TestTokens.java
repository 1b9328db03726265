package io.careers.testkit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** HS256 bearer tokens for tests of the JWT-protected APIs: valid ones, expired ones, wrongly signed ones. */
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
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"sub\":\"" + subject + "\",\"roles\":[" + roles.stream().map(r -> "\"" + r + "\"")
            .collect(Collectors.joining(",")) + "],\"iat\":" + now + ",\"exp\":" + (now + expiresInSeconds) + "}";
        String payload = b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return header + "." + payload + "." + b64.encodeToString(mac.doFinal((header + "." + payload)
                .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
