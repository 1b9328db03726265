package io.careers.schools.partner;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL on partners and their API keys, on the caller's transaction. */
@Singleton
public class PartnerStore {
    private final JdbcOperations jdbc;

    PartnerStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the partner id is taken */
    boolean create(String partnerId, String name) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner (partner_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, partnerId);
                s.setString(2, name);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * @param partnerId a partner id
     * @return whether it exists
     */
    public boolean exists(String partnerId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM partner WHERE partner_id = ?")) {
                s.setString(1, partnerId);
                return s.executeQuery().next();
            }
        });
    }

    void addKey(String partnerId, ApiKeys.NewKey key) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner_api_key (key_id, partner_id, secret_hash) VALUES (?, ?, ?)")) {
                s.setString(1, key.keyId());
                s.setString(2, partnerId);
                s.setBytes(3, key.secretHash());
                return s.executeUpdate();
            }
        });
    }

    /** @return active keys of a partner, locking the partner row so that two rotations cannot race */
    List<String> lockActiveKeys(String partnerId) {
        return jdbc.execute(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM partner WHERE partner_id = ? FOR UPDATE")) {
                lock.setString(1, partnerId);
                lock.executeQuery();
            }
            try (PreparedStatement s = c.prepareStatement(
                "SELECT key_id FROM partner_api_key WHERE partner_id = ? AND revoked_at IS NULL ORDER BY created_at")) {
                s.setString(1, partnerId);
                try (ResultSet rs = s.executeQuery()) {
                    List<String> keys = new ArrayList<>();
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                    return keys;
                }
            }
        });
    }

    /** @return false if the partner has no such active key */
    boolean revokeKey(String partnerId, String keyId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE partner_api_key SET revoked_at = now() "
                + "WHERE partner_id = ? AND key_id = ? AND revoked_at IS NULL")) {
                s.setString(1, partnerId);
                s.setString(2, keyId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** @return the stored key, if it exists and is not revoked */
    Optional<StoredKey> activeKey(String keyId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT partner_id, secret_hash, created_at FROM partner_api_key "
                + "WHERE key_id = ? AND revoked_at IS NULL")) {
                s.setString(1, keyId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp created = rs.getTimestamp(3);
                    return Optional.of(new StoredKey(rs.getString(1), rs.getBytes(2), created.toInstant()));
                }
            }
        });
    }

    /**
     * @param partnerId  owner
     * @param secretHash SHA-256 of the secret
     * @param createdAt  when it was issued
     */
    record StoredKey(String partnerId, byte[] secretHash, Instant createdAt) {
    }
}
