package io.careers.schools.partner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Partners, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PartnerRepository extends GenericRepository<Partner, String> {

    /**
     * @param partnerId a partner id
     * @return whether that partner exists
     */
    boolean existsById(String partnerId);

    /**
     * Creates a partner unless its id is taken; two admins creating the same id at once get one row.
     *
     * @param partnerId the new partner's id
     * @param name      its display name
     * @return 1 when created, 0 when the id was taken
     */
    @Query("INSERT INTO partner (partner_id, name) VALUES (:partnerId, :name) ON CONFLICT DO NOTHING")
    int createUnlessTaken(String partnerId, String name);

    /**
     * Locks a partner's row until commit, so that two key rotations of one partner cannot race.
     *
     * @param partnerId a partner id
     * @return the id, when the partner exists
     */
    @Query("SELECT partner_id FROM partner WHERE partner_id = :partnerId FOR UPDATE")
    Optional<String> lock(String partnerId);
}
