package io.careers.gateway.protection;

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
}
