package io.careers.gateway.protection;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedClientsTest {
    private static String digest(String key) {
        return HexFormat.of().formatHex(TrustedClients.sha256(key));
    }

    @Test
    void aKeyIsKnownByItsDigestAndEachClientHasItsOwnName() {
        TrustedClients clients = new TrustedClients(List.of(digest("key-a"), digest("key-b")));
        Optional<String> a = clients.identify("key-a");
        Optional<String> b = clients.identify("key-b");
        assertTrue(a.isPresent() && b.isPresent());
        assertFalse(a.equals(b), "two front ends do not share a bucket");
        assertFalse(a.get().contains("key-a"), "the key never names the bucket");
        assertEquals(Optional.empty(), clients.identify("key-c"));
        assertEquals(Optional.empty(), clients.identify(""));
        assertEquals(Optional.empty(), clients.identify(null));
        assertEquals(Optional.empty(), clients.identify("k".repeat(300)));
    }

    @Test
    void settingsTakeDigestsOnlyAndNeverEchoWhatWasPasted() {
        RateLimitSettings settings = new RateLimitSettings(20, 40, " ", 500, 1000,
            List.of(" " + digest("key-a").toUpperCase() + " ", ""));
        assertEquals(List.of(digest("key-a")), settings.trustedClientKeys());
        assertEquals(null, settings.clientAddressHeader());

        IllegalArgumentException pasted = assertThrows(IllegalArgumentException.class,
            () -> new RateLimitSettings(20, 40, null, 500, 1000, List.of("my-secret-front-end-key")));
        assertFalse(pasted.getMessage().contains("my-secret-front-end-key"), pasted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RateLimitSettings(20, 40, null, 0, 1000, null));
    }
}
