package io.careers.gateway.impression;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Issues and checks impression tokens: each answer that shows school listings carries one, in the
 * {@value #HEADER} header, and a view or click of one of those listings must send it back. The
 * token is the {@link Impression} signed with HMAC-SHA256 (truncated to 128 bits), so only a gateway
 * can make one, and a view or click counts once per token and listing (see {@link Impression#eventId}).
 */
@Singleton
public class ImpressionTokens {
    /** The response header that carries the token of the listings an answer shows. */
    public static final String HEADER = "Impression-Token";
    private static final Logger LOG = LoggerFactory.getLogger(ImpressionTokens.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int MIN_SECRET_CHARS = 32;
    /** Several gateways sign with one secret: another's clock may run a little ahead. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;
    private final Duration ttl;
    private final Clock clock;
    private final ThreadLocal<Mac> macs;

    /** @param settings the secret and how long a token counts */
    @Inject
    public ImpressionTokens(ImpressionSettings settings) {
        this(settings, Clock.systemUTC());
    }

    ImpressionTokens(ImpressionSettings settings, Clock clock) {
        this.key = new SecretKeySpec(secret(settings.secret()), ALGORITHM);
        this.previousKeys = (settings.previousSecrets() == null ? List.<String>of() : settings.previousSecrets()).stream()
            .filter(previous -> !previous.isBlank()).map(previous -> new SecretKeySpec(checked(previous), ALGORITHM)).toList();
        this.ttl = settings.ttl();
        this.clock = clock;
        SecretKeySpec signing = key;
        newMac(signing);
        this.macs = ThreadLocal.withInitial(() -> newMac(signing));
    }

    /**
     * @param slug       the career page
     * @param listingIds the listings the answer shows
     * @return a new token for them: every answer gets its own
     */
    public String issue(String slug, List<String> listingIds) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // Unique, not secret: the MAC, not the nonce, is what a client cannot make.
        UUID nonce = new UUID(random.nextLong(), random.nextLong());
        byte[] payload = ImpressionCodec.encode(new Impression(nonce, clock.instant().truncatedTo(ChronoUnit.SECONDS), slug, listingIds));
        byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(mac(payload), 0, token, payload.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * @param token     what the client sent
     * @param slug      the page it says the listing was on, or null to take the token's
     * @param listingId the listing it says was viewed or clicked
     * @return the impression the token signs
     * @throws InvalidImpressionException naming why the token cannot count for that listing
     */
    public Impression verify(String token, String slug, String listingId) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new InvalidImpressionException("is not an impression token (base64url)");
        }
        if (bytes.length <= MAC_BYTES) {
            throw new InvalidImpressionException("is not an impression token the gateway issued");
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        if (!signed(payload, Arrays.copyOfRange(bytes, payload.length, bytes.length))) {
            throw new InvalidImpressionException("is not an impression token the gateway issued");
        }
        Impression impression;
        try {
            impression = ImpressionCodec.decode(payload);
        } catch (IllegalArgumentException e) {
            throw new InvalidImpressionException("is not an impression token the gateway issued");
        }
        Instant now = clock.instant();
        if (impression.issuedAt().plus(ttl).isBefore(now)) {
            throw new InvalidImpressionException("has expired: a view or click counts within " + ttl.toMinutes()
                + " minutes of the page that showed it");
        }
        if (impression.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidImpressionException("was issued in the future");
        }
        if (slug != null && !slug.equals(impression.slug())) {
            throw new InvalidImpressionException("was issued for the page " + impression.slug() + ", not " + slug);
        }
        if (!impression.listingIds().contains(listingId)) {
            throw new InvalidImpressionException("does not list the listing " + listingId + ": that answer did not show it");
        }
        return impression;
    }

    private byte[] mac(byte[] payload) {
        return macs.get().doFinal(payload);
    }

    /** Whether the current secret, or one it replaced, made {@code received}; compared in constant time. */
    private boolean signed(byte[] payload, byte[] received) {
        if (MessageDigest.isEqual(Arrays.copyOf(mac(payload), MAC_BYTES), received)) {
            return true;
        }
        for (SecretKeySpec previous : previousKeys) {
            if (MessageDigest.isEqual(Arrays.copyOf(newMac(previous).doFinal(payload), MAC_BYTES), received)) {
                return true;
            }
        }
        return false;
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] secret(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("gateway.impressions.secret (GATEWAY_IMPRESSION_SECRET) is not set: this gateway signs impression "
                + "tokens with a random key, which other instances do not share and a restart forgets");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        return checked(configured);
    }

    private static byte[] checked(String secret) {
        if (secret.length() < MIN_SECRET_CHARS) {
            throw new IllegalStateException("gateway.impressions.secret and .previous-secrets (GATEWAY_IMPRESSION_SECRET, "
                + "GATEWAY_IMPRESSION_PREVIOUS_SECRETS) must be at least " + MIN_SECRET_CHARS + " characters, e.g. openssl rand -hex 32");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
