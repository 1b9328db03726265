package io.careers.schools.partner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Partners' API keys, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRepository extends GenericRepository<PartnerApiKey, String> {

    /**
     * @param key a new key
     * @return it, with its creation time
     */
    PartnerApiKey save(PartnerApiKey key);

    /**
     * @param keyId the key's public id
     * @return the key, if it exists and is not revoked
     */
    Optional<PartnerApiKey> findByKeyIdAndRevokedAtIsNull(String keyId);

    /**
     * @param partnerId a partner
     * @return its active keys, oldest first
     */
    List<PartnerApiKey> findByPartnerIdAndRevokedAtIsNullOrderByCreatedAt(String partnerId);

    /**
     * @param partnerId the key's owner
     * @param keyId     the key
     * @return 1 when an active key of that partner was revoked, else 0
     */
    @Query("""
        UPDATE partner_api_key SET revoked_at = now()
        WHERE partner_id = :partnerId AND key_id = :keyId AND revoked_at IS NULL""")
    int revoke(String partnerId, String keyId);
}
