package io.careers.contracts.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The bearer tokens of the editor and admin APIs, made in one place: HS256 with the platform's
 * {@code JWT_SECRET}, the subject, the {@code roles} claim the services authorise on, issuer,
 * audience, issue and expiry times and a token id. {@code ./platform token}, the tools, the
 * benchmarks and the tests all sign through this class, so they agree on the claims.
 */
public final class AccessTokens {
    /** {@code iss} of every token the platform signs. */
    public static final String ISSUER = "careers-platform";
    /** {@code aud} of every token the platform signs: the services' APIs. */
    public static final String AUDIENCE = "careers-api";
    /** The claim that holds the roles, e.g. {@code ["EDITOR"]}. */
    public static final String ROLES_CLAIM = "roles";
    /**
     * The longest a token may live: the services refuse one whose expiry is further ahead
     * ({@link PlatformTokenRules}), so a token "for ever" does not exist.
     */
    public static final Duration MAX_LIFETIME = Duration.ofDays(31);
    /** The shortest secret HS256 takes: 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private AccessTokens() {
    }

    /**
     * @param secret  the signing secret, at least 32 bytes of UTF-8
     * @param subject {@code sub}, e.g. {@code editor@example.com}
     * @param roles   e.g. {@code EDITOR}, {@code ADMIN}
     * @param ttl     time until {@code exp}; negative makes an expired token (for tests)
     * @return the signed, compact token
     */
    public static String issue(String secret, String subject, List<String> roles, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .claim(ROLES_CLAIM, List.copyOf(roles))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(new MACSigner(key(secret)));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with this secret: " + e.getMessage(), e);
        }
        return token.serialize();
    }

    private static byte[] key(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes; it has "
                + key.length);
        }
        return key;
    }
}
