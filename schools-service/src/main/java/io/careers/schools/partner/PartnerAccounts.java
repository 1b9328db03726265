package io.careers.schools.partner;

import io.careers.contracts.problem.DomainException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Partners and their keys: creation, rotation (two active keys at most) and revocation. */
@Singleton
class PartnerAccounts {
    /** A partner may hold two keys at once: the old and the new one while it rotates. */
    static final int MAX_ACTIVE_KEYS = 2;

    private final PartnerRepository partners;
    private final ApiKeyRepository keys;

    PartnerAccounts(PartnerRepository partners, ApiKeyRepository keys) {
        this.partners = partners;
        this.keys = keys;
    }

    /**
     * @param partnerId a valid, new partner id
     * @param name      its display name
     * @return the partner's first key, whose secret is shown once
     * @throws DomainException a conflict when the id is taken
     */
    @Transactional
    IssuedKey create(String partnerId, String name) {
        if (partners.createUnlessTaken(partnerId, name) == 0) {
            throw DomainException.conflict("Partner " + partnerId + " already exists.");
        }
        return issue(partnerId, name);
    }

    /**
     * @param partnerId an existing partner
     * @return another key, for rotation
     * @throws DomainException not found, or a conflict when two keys are active already
     */
    @Transactional
    IssuedKey issueKey(String partnerId) {
        if (partners.lock(partnerId).isEmpty()) {
            throw DomainException.notFound("Partner " + partnerId + " does not exist.");
        }
        List<String> active = keys.findByPartnerIdAndRevokedAtIsNullOrderByCreatedAt(partnerId).stream()
            .map(PartnerApiKey::keyId).toList();
        if (active.size() >= MAX_ACTIVE_KEYS) {
            throw DomainException.conflict("Partner " + partnerId + " already has " + active.size()
                + " active keys (" + String.join(", ", active) + "); revoke one first.");
        }
        return issue(partnerId, null);
    }

    /** @throws DomainException not found when the partner has no such active key */
    @Transactional
    void revoke(String partnerId, String keyId) {
        if (keys.revoke(partnerId, keyId) == 0) {
            throw DomainException.notFound("Partner " + partnerId + " has no active key " + keyId + ".");
        }
    }

    /**
     * @param keyId a presented key's public id
     * @return the stored key, if it is active
     */
    @Transactional(readOnly = true)
    Optional<PartnerApiKey> activeKey(String keyId) {
        return keys.findByKeyIdAndRevokedAtIsNull(keyId);
    }

    private IssuedKey issue(String partnerId, String name) {
        ApiKeys.NewKey key = ApiKeys.generate();
        keys.save(new PartnerApiKey(key.keyId(), partnerId, key.secretHash(), null, null));
        return new IssuedKey(partnerId, name, key.keyId(), key.plainText());
    }
}
