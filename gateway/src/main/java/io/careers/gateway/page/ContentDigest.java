package io.careers.gateway.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of a JSON body without the values of its {@code generatedAt} and {@code asOf} keys:
 * what an ETag is made of, so that a page re-composed with the same content has the same ETag on
 * every instance. One pass over the bytes, no copy of the body: it runs for every uncached page.
 *
 * <p>A quote that starts a key is never escaped in JSON, while a quote inside a string value always
 * is, so {@code "asOf":} can only be a key, never text of an article.
 */
final class ContentDigest {
    private static final byte[][] TIME_KEYS = {
        "\"generatedAt\":".getBytes(StandardCharsets.US_ASCII), "\"asOf\":".getBytes(StandardCharsets.US_ASCII)};
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BLANK = {'0'};

    private ContentDigest() {
    }

    /** @return the digest of {@code body} with each time value replaced by {@code 0} */
    static byte[] of(byte[] body) {
        MessageDigest sha256 = sha256();
        int copied = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] != '"') {
                continue;
            }
            int value = afterTimeKey(body, i);
            int end = value < 0 ? -1 : endOfValue(body, value);
            if (end > 0) {
                sha256.update(body, copied, value - copied);
                sha256.update(BLANK);
                copied = end;
                i = end - 1;
            }
        }
        sha256.update(body, copied, body.length - copied);
        return sha256.digest();
    }

    /** @return where the value starts when a time key starts at {@code at}, else -1 */
    private static int afterTimeKey(byte[] body, int at) {
        for (byte[] key : TIME_KEYS) {
            if (startsWith(body, at, key)) {
                return at + key.length;
            }
        }
        return -1;
    }

    /** @return where a string or {@code null} value starting at {@code at} ends, else -1 */
    private static int endOfValue(byte[] body, int at) {
        if (startsWith(body, at, NULL)) {
            return at + NULL.length;
        }
        if (at < body.length && body[at] == '"') {
            for (int i = at + 1; i < body.length; i++) {
                if (body[i] == '"') {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
