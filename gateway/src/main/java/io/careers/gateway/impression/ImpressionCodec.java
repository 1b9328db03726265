package io.careers.gateway.impression;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bytes of an {@link Impression}, compact because they travel in a response header: a listing id
 * that is a UUID (as every schools-service listing id is) takes 16 bytes, so a page of ten listings
 * makes a token of about 330 characters.
 *
 * <pre>
 * version(1) issuedAt(8, epoch seconds) nonce(16) slugLength(1) slug listingCount(1)
 * per listing: 0 + uuid(16) | 1 + length(1) + ASCII id
 * </pre>
 */
final class ImpressionCodec {
    private static final byte VERSION = 1;
    private static final byte UUID_ID = 0;
    private static final byte TEXT_ID = 1;
    private static final int MAX_SHORT = 255;

    private ImpressionCodec() {
    }

    static byte[] encode(Impression impression) {
        byte[] slug = impression.slug().getBytes(StandardCharsets.UTF_8);
        if (slug.length > MAX_SHORT || impression.listingIds().size() > MAX_SHORT) {
            throw new IllegalArgumentException("an impression names a slug of at most 255 bytes and at most 255 listings");
        }
        ByteBuffer out = ByteBuffer.allocate(1 + 8 + 16 + 1 + slug.length + 1 + impression.listingIds().size() * 17);
        out.put(VERSION).putLong(impression.issuedAt().getEpochSecond())
            .putLong(impression.nonce().getMostSignificantBits()).putLong(impression.nonce().getLeastSignificantBits())
            .put((byte) slug.length).put(slug).put((byte) impression.listingIds().size());
        for (String id : impression.listingIds()) {
            UUID uuid = canonicalUuid(id);
            if (uuid != null) {
                out.put(UUID_ID).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            } else {
                byte[] text = id.getBytes(StandardCharsets.US_ASCII);
                if (text.length > MAX_SHORT) {
                    throw new IllegalArgumentException("a listing id is at most 255 characters");
                }
                out = ensure(out, 2 + text.length).put(TEXT_ID).put((byte) text.length).put(text);
            }
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    /** @throws IllegalArgumentException when the bytes are not an impression of this version */
    static Impression decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                throw new IllegalArgumentException("unknown version");
            }
            Instant issuedAt = Instant.ofEpochSecond(in.getLong());
            UUID nonce = new UUID(in.getLong(), in.getLong());
            String slug = new String(take(in, Byte.toUnsignedInt(in.get())), StandardCharsets.UTF_8);
            int count = Byte.toUnsignedInt(in.get());
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte kind = in.get();
                ids.add(switch (kind) {
                    case UUID_ID -> new UUID(in.getLong(), in.getLong()).toString();
                    case TEXT_ID -> new String(take(in, Byte.toUnsignedInt(in.get())), StandardCharsets.US_ASCII);
                    default -> throw new IllegalArgumentException("unknown listing id kind " + kind);
                });
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new Impression(nonce, issuedAt, slug, ids);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated", e);
        }
    }

    private static byte[] take(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private static ByteBuffer ensure(ByteBuffer out, int more) {
        if (out.remaining() >= more) {
            return out;
        }
        ByteBuffer bigger = ByteBuffer.allocate(out.capacity() + more + 64);
        return bigger.put(out.flip());
    }

    /** A UUID only when it prints back as the same text: otherwise the id would not survive the round trip. */
    private static UUID canonicalUuid(String id) {
        if (id.length() != 36) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
