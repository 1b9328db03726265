package io.careers.schools.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One API key of a partner; only the SHA-256 of its secret is stored.
 *
 * @param keyId      the public half of the key, e.g. {@code pk_...}
 * @param partnerId  its owner
 * @param secretHash SHA-256 of the secret half
 * @param createdAt  when it was issued
 * @param revokedAt  when it was revoked, or null while it is active
 */
@MappedEntity("partner_api_key")
record PartnerApiKey(@Id String keyId, String partnerId, byte[] secretHash, @Nullable @DateCreated Instant createdAt,
                     @Nullable Instant revokedAt) {
}
