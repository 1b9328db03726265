package io.careers.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.careers.contracts.auth.AccessTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
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

    /**
     * A token signed with the right secret whose claims an attacker chose: it starts as a valid
     * editor token's claims (issuer, audience, an expiry in 10 minutes), then {@code change} edits them.
     *
     * @param secret the platform's signing secret
     * @param change e.g. {@code c -> c.expirationTime(null)} for a token that never expires
     * @return the signed token
     */
    public static String forged(String secret, UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(AccessTokens.ISSUER)
            .audience(AccessTokens.AUDIENCE).subject("attacker").claim(AccessTokens.ROLES_CLAIM, List.of("EDITOR"))
            .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 600_000));
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
        try {
            token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalArgumentException(e);
        }
        return token.serialize();
    }
}
