package io.careers.schools.campaign;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Campaigns, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CampaignRepository extends GenericRepository<Campaign, String> {

    /** @return the campaign with the id */
    Optional<Campaign> findById(String campaignId);

    /** @return the campaign with the id, locked until commit */
    @Query("SELECT * FROM campaign WHERE campaign_id = :campaignId FOR UPDATE")
    Optional<Campaign> lock(String campaignId);

    /** @return those of the ids that are this partner's campaigns */
    @Query("SELECT * FROM campaign WHERE partner_id = :partnerId AND campaign_id = ANY(:campaignIds)")
    List<Campaign> ofPartner(String partnerId, @TypeDef(type = DataType.STRING_ARRAY) String[] campaignIds);

    /** @return a partner's campaigns by id */
    List<Campaign> findByPartnerIdOrderByCampaignId(String partnerId);

    /** @return every campaign by id */
    @Query("SELECT * FROM campaign ORDER BY campaign_id")
    List<Campaign> all();

    /**
     * Creates a campaign unless its id is taken; two admins creating the same id at once get one row.
     *
     * @return 1 when created, 0 when the id was taken
     */
    @Query("""
        INSERT INTO campaign (campaign_id, partner_id, priority, active_from, active_to, disclosure, created_by, updated_by)
        VALUES (:campaignId, :partnerId, :priority, :activeFrom, :activeTo, :disclosure, :admin, :admin)
        ON CONFLICT DO NOTHING""")
    int createUnlessTaken(String campaignId, String partnerId, int priority, LocalDate activeFrom, LocalDate activeTo,
                          String disclosure, String admin);

    /** Changes a campaign's terms; the partner stays. */
    @Query("""
        UPDATE campaign SET priority = :priority, active_from = :activeFrom, active_to = :activeTo,
               disclosure = :disclosure, updated_by = :admin, updated_at = now()
         WHERE campaign_id = :campaignId""")
    void change(String campaignId, int priority, LocalDate activeFrom, LocalDate activeTo, String disclosure, String admin);
}
