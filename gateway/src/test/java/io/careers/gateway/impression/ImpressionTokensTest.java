package io.careers.gateway.impression;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImpressionTokensTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String LISTING = "3f2c9a10-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    private static final String OTHER_LISTING = "11111111-1111-4111-8111-111111111111";
    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

    private final ImpressionTokens tokens = tokensAt(NOON);

    @Test
    void aTokenNamesThePageAndTheListingsItShowed() {
        String token = tokens.issue("medical-records-administration", List.of(LISTING, OTHER_LISTING, "partner-made_id-7"));
        Impression impression = tokens.verify(token, "medical-records-administration", "partner-made_id-7");
        assertEquals("medical-records-administration", impression.slug());
        assertEquals(List.of(LISTING, OTHER_LISTING, "partner-made_id-7"), impression.listingIds());
        assertEquals(NOON, impression.issuedAt());
        assertEquals(impression, tokens.verify(token, null, LISTING), "the slug may be left to the token");
        List<String> tenListings = java.util.stream.Stream.generate(() -> java.util.UUID.randomUUID().toString()).limit(10).toList();
        String aPageOfTen = tokens.issue("medical-records-administration", tenListings);
        assertTrue(aPageOfTen.length() <= 330, "a UUID takes 16 bytes: " + aPageOfTen.length() + " characters");
    }

    @Test
    void aViewOrClickCountsOncePerTokenAndListing() {
        Impression first = tokens.verify(tokens.issue("coder", List.of(LISTING, OTHER_LISTING)), "coder", LISTING);
        Impression again = tokens.verify(tokens.issue("coder", List.of(LISTING, OTHER_LISTING)), "coder", LISTING);
        assertEquals(first.eventId(LISTING, "ListingViewed"), first.eventId(LISTING, "ListingViewed"), "the same report is the same event");
        assertNotEquals(first.eventId(LISTING, "ListingViewed"), first.eventId(LISTING, "ListingClicked"), "a click is not the view");
        assertNotEquals(first.eventId(LISTING, "ListingViewed"), first.eventId(OTHER_LISTING, "ListingViewed"));
        assertNotEquals(first.eventId(LISTING, "ListingViewed"), again.eventId(LISTING, "ListingViewed"), "each answer is its own impression");
    }

    @Test
    void aTokenCountsOnlyForWhatItShowed() {
        String token = tokens.issue("coder", List.of(LISTING));
        assertEquals("does not list the listing " + OTHER_LISTING + ": that answer did not show it",
            refusal(() -> tokens.verify(token, "coder", OTHER_LISTING)));
        assertEquals("was issued for the page coder, not nurse", refusal(() -> tokens.verify(token, "nurse", LISTING)));
    }

    @Test
    void aTokenExpires() {
        String token = tokens.issue("coder", List.of(LISTING));
        tokensAt(NOON.plus(Duration.ofMinutes(59))).verify(token, "coder", LISTING);
        assertEquals("has expired: a view or click counts within 60 minutes of the page that showed it",
            refusal(() -> tokensAt(NOON.plus(Duration.ofMinutes(61))).verify(token, "coder", LISTING)));
        assertEquals("was issued in the future", refusal(() -> tokensAt(NOON.minus(Duration.ofMinutes(10))).verify(token, "coder", LISTING)));
    }

    @Test
    void onlyTheGatewaysSecretMakesAToken() {
        String token = tokens.issue("coder", List.of(LISTING));
        ImpressionTokens other = new ImpressionTokens(new ImpressionSettings("another-secret-of-at-least-32-chars!", Duration.ofHours(1)),
            Clock.fixed(NOON, ZoneOffset.UTC));
        String forged = other.issue("coder", List.of(LISTING));
        assertEquals("is not an impression token the gateway issued", refusal(() -> tokens.verify(forged, "coder", LISTING)));

        // The same bytes with one more listing, re-encoded, and the original MAC: the MAC covers the payload.
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        Impression widened = new Impression(ImpressionCodec.decode(java.util.Arrays.copyOf(bytes, bytes.length - 16)).nonce(),
            NOON, "coder", List.of(LISTING, OTHER_LISTING));
        byte[] payload = ImpressionCodec.encode(widened);
        byte[] tampered = java.util.Arrays.copyOf(payload, payload.length + 16);
        System.arraycopy(bytes, bytes.length - 16, tampered, payload.length, 16);
        assertEquals("is not an impression token the gateway issued",
            refusal(() -> tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), "coder", OTHER_LISTING)));
        assertEquals("is not an impression token (base64url)", refusal(() -> tokens.verify("not a token!", "coder", LISTING)));
        assertEquals("is not an impression token the gateway issued", refusal(() -> tokens.verify("AAAA", "coder", LISTING)));
    }

    @Test
    void aRotatedSecretStillHonoursTheTokensOfPagesAlreadyOpenAndSignsOnlyWithTheNewOne() {
        String before = tokens.issue("coder", List.of(LISTING));
        String newSecret = "fedcba9876543210fedcba9876543210";
        ImpressionTokens rotated = new ImpressionTokens(new ImpressionSettings(newSecret, Duration.ofHours(1), List.of(SECRET)),
            Clock.fixed(NOON, ZoneOffset.UTC));
        assertEquals(LISTING, rotated.verify(before, "coder", LISTING).listingIds().get(0), "a page served before the rotation");
        String after = rotated.issue("coder", List.of(LISTING));
        assertEquals("is not an impression token the gateway issued", refusal(() -> tokens.verify(after, "coder", LISTING)),
            "signed with the new secret, not the old");
        ImpressionTokens done = new ImpressionTokens(new ImpressionSettings(newSecret, Duration.ofHours(1)),
            Clock.fixed(NOON, ZoneOffset.UTC));
        assertEquals("is not an impression token the gateway issued", refusal(() -> done.verify(before, "coder", LISTING)),
            "once the old secret is dropped, its tokens are not honoured");
        assertThrows(IllegalStateException.class,
            () -> new ImpressionTokens(new ImpressionSettings(newSecret, Duration.ofHours(1), List.of("short"))));
    }

    @Test
    void aShortSecretIsRefusedAtStartAndNoneMeansARandomOne() {
        IllegalStateException shortOne = assertThrows(IllegalStateException.class,
            () -> new ImpressionTokens(new ImpressionSettings("short", Duration.ofHours(1))));
        assertTrue(shortOne.getMessage().contains("at least 32 characters"), shortOne.getMessage());
        ImpressionTokens random = new ImpressionTokens(new ImpressionSettings(null, Duration.ofHours(1)));
        String token = random.issue("coder", List.of(LISTING));
        assertEquals(LISTING, random.verify(token, "coder", LISTING).listingIds().get(0));
        assertEquals("is not an impression token the gateway issued", refusal(() -> tokens.verify(token, "coder", LISTING)));
    }

    @Test
    void theCodecKeepsEveryKindOfListingId() {
        Impression impression = new Impression(java.util.UUID.randomUUID(), NOON, "a-b-1",
            List.of(LISTING, "3F2C9A10-5B6D-4E7F-8A9B-0C1D2E3F4A5B", "x", "a".repeat(64)));
        assertEquals(impression, ImpressionCodec.decode(ImpressionCodec.encode(impression)),
            "an upper-case UUID stays as it was written");
        assertThrows(IllegalArgumentException.class, () -> ImpressionCodec.decode(new byte[] {1, 2, 3}));
    }

    private static ImpressionTokens tokensAt(Instant now) {
        return new ImpressionTokens(new ImpressionSettings(SECRET, Duration.ofHours(1)), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String refusal(Runnable verify) {
        return assertThrows(InvalidImpressionException.class, verify::run).getMessage();
    }
}
