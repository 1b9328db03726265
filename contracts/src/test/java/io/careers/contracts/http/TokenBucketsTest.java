package io.careers.contracts.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    @Test
    void aClientGetsItsBurstThenWaitsAndOthersAreUnaffected() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.tryTake("10.0.0.1"));
        }
        long wait = buckets.tryTake("10.0.0.1");
        assertTrue(wait > 0 && wait <= 500_000_000L, "about half a second at 2 per second: " + wait);
        assertEquals(0, buckets.tryTake("10.0.0.2"));
        buckets.forgetIdle(0);
        assertEquals(0, buckets.size());
    }

    @Test
    void aCostlyRequestTakesAllItsTokensOrNoneAndNeverMoreThanTheBurst() {
        TokenBuckets buckets = new TokenBuckets(1, 10);
        assertEquals(0, buckets.tryTake("partner", 8));
        long wait = buckets.tryTake("partner", 5);
        assertTrue(wait > 2_000_000_000L && wait <= 3_000_000_000L, "three more tokens at 1 per second: " + wait);
        assertEquals(0, buckets.tryTake("partner", 2), "the refused request took nothing");
        assertEquals(0, buckets.tryTake("other", 500), "a request over the burst costs the burst");
        assertTrue(buckets.tryTake("other") > 0);
    }
}
