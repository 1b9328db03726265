package io.careers.schools.partner;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A partner and a new API key, returned once: only a hash of the key is kept.
 *
 * @param partnerId the partner
 * @param name      its name
 * @param keyId     the key's public id, for revoking it
 * @param apiKey    the key to send as {@code X-API-Key}
 */
@Serdeable
record IssuedKey(String partnerId, @io.micronaut.core.annotation.Nullable String name, String keyId, String apiKey) {
}
