package io.careers.schools.listing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Institutions and programs, set-based: each call takes one array per column, an element per
 * institution or program of a batch, and runs one statement whatever the batch's size.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InstitutionRepository extends GenericRepository<InstitutionRepository.StoredInstitution, UUID> {

    /**
     * Inserts institutions no partner named before. A known institution (same match key) keeps
     * its values: a partner only fills its ownership or website while blank. What a partner would
     * change is a proposal ({@link #propose}), never an overwrite of what other partners' listings show.
     */
    @Query("""
        INSERT INTO institution (institution_id, match_key, name, city, state, ownership, website, provenance)
        SELECT id, mk, n, c, s, o, w, CAST(p AS jsonb)
          FROM unnest(CAST(:ids AS uuid[]), :matchKeys, :names, :cities, :states, :ownerships, :websites,
                      :provenances) AS u(id, mk, n, c, s, o, w, p)
        ON CONFLICT (match_key) DO UPDATE SET
            ownership = COALESCE(institution.ownership, EXCLUDED.ownership),
            website = COALESCE(institution.website, EXCLUDED.website),
            provenance = institution.provenance
                || CASE WHEN institution.ownership IS NULL AND EXCLUDED.ownership IS NOT NULL
                        THEN jsonb_build_object('ownership', EXCLUDED.provenance->'ownership') ELSE '{}' END
                || CASE WHEN institution.website IS NULL AND EXCLUDED.website IS NOT NULL
                        THEN jsonb_build_object('website', EXCLUDED.provenance->'website') ELSE '{}' END,
            updated_at = now()
        WHERE (institution.ownership IS NULL AND EXCLUDED.ownership IS NOT NULL)
           OR (institution.website IS NULL AND EXCLUDED.website IS NOT NULL)""")
    void upsertInstitutions(@TypeDef(type = DataType.STRING_ARRAY) String[] ids,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] matchKeys,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] names,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] cities,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] states,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] ownerships,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] websites,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] provenances);

    /**
     * Keeps what a partner sent that differs from the stored institution as its proposal; a newer
     * proposal of the same partner and field replaces the older one.
     *
     * @param partnerId the partner
     */
    @Query("""
        INSERT INTO institution_proposal (institution_id, partner_id, field, value)
        SELECT i.institution_id, :partnerId, f.field, f.value
          FROM unnest(:matchKeys, :names, :cities, :ownerships, :websites) AS u(mk, n, c, o, w)
          JOIN institution i ON i.match_key = u.mk
          CROSS JOIN LATERAL (VALUES ('name', u.n, i.name), ('city', u.c, i.city),
                                     ('ownership', u.o, i.ownership), ('website', u.w, i.website)) AS f(field, value, stored)
         WHERE f.value IS NOT NULL AND f.value IS DISTINCT FROM f.stored
        ON CONFLICT (institution_id, partner_id, field) DO UPDATE SET value = EXCLUDED.value, proposed_at = now()
        WHERE institution_proposal.value IS DISTINCT FROM EXCLUDED.value""")
    void propose(String partnerId, @TypeDef(type = DataType.STRING_ARRAY) String[] matchKeys,
                 @TypeDef(type = DataType.STRING_ARRAY) String[] names,
                 @TypeDef(type = DataType.STRING_ARRAY) String[] cities,
                 @TypeDef(type = DataType.STRING_ARRAY) String[] ownerships,
                 @TypeDef(type = DataType.STRING_ARRAY) String[] websites);

    /**
     * Sorts every partner's listings of an institution under its name, after an admin renamed it.
     *
     * @param institutionId the institution
     */
    @Query("""
        UPDATE listing l SET institution_sort = lower(i.name) FROM institution i
        WHERE l.institution_id = i.institution_id AND i.institution_id = :institutionId
          AND l.institution_sort IS DISTINCT FROM lower(i.name)""")
    void resortListings(UUID institutionId);

    /**
     * @param institutionId an institution
     * @return it, its row locked until commit
     */
    @Query("""
        SELECT institution_id, match_key, name, city, state, ownership, website FROM institution
        WHERE institution_id = :institutionId FOR UPDATE""")
    Optional<StoredInstitution> lock(UUID institutionId);

    /**
     * An admin's correction of the shared record; the match key stays, so partners' documents keep
     * matching it. Each field's provenance names the admin.
     *
     * @param origin the provenance entry of each corrected field, as JSON
     */
    @Query("""
        UPDATE institution SET name = :name, city = :city, ownership = :ownership, website = :website,
            provenance = provenance || (SELECT jsonb_object_agg(f, CAST(:origin AS jsonb))
                                        FROM unnest(:fields) AS f),
            updated_at = now()
        WHERE institution_id = :institutionId""")
    void correct(UUID institutionId, String name, String city, @Nullable String ownership, @Nullable String website,
                 @TypeDef(type = DataType.STRING_ARRAY) String[] fields, String origin);

    /** Keeps one field's change in the institution's history. */
    @Query("""
        INSERT INTO institution_change (institution_id, field, old_value, new_value, changed_by)
        VALUES (:institutionId, :field, :oldValue, :newValue, :changedBy)""")
    void recordChange(UUID institutionId, String field, @Nullable String oldValue, @Nullable String newValue,
                      String changedBy);

    /** Drops the proposals a correction settled: those now equal to the record. */
    @Query("""
        DELETE FROM institution_proposal p USING institution i
        WHERE p.institution_id = i.institution_id AND i.institution_id = :institutionId
          AND p.value = CASE p.field WHEN 'name' THEN i.name WHEN 'city' THEN i.city
                                     WHEN 'ownership' THEN i.ownership WHEN 'website' THEN i.website END""")
    void dropSettledProposals(UUID institutionId);

    /**
     * @param institutionId an institution
     * @return what partners propose to change in it, by field and partner
     */
    @Query("""
        SELECT partner_id, field, value, proposed_at FROM institution_proposal
        WHERE institution_id = :institutionId ORDER BY field, partner_id""")
    List<Proposal> proposals(UUID institutionId);

    /**
     * @param institutionId an institution
     * @return its history of admin corrections, oldest first
     */
    @Query("""
        SELECT field, old_value, new_value, changed_by, changed_at FROM institution_change
        WHERE institution_id = :institutionId ORDER BY change_id""")
    List<Change> changes(UUID institutionId);

    /**
     * A partner's proposed value for a field of a shared institution.
     *
     * @param partnerId  the partner
     * @param field      name, city, ownership or website
     * @param value      what the partner sent
     * @param proposedAt when it last sent it
     */
    @Introspected
    @Serdeable
    record Proposal(String partnerId, String field, String value, Instant proposedAt) {
    }

    /**
     * One field an admin changed.
     *
     * @param field     the field
     * @param oldValue  its value before
     * @param newValue  its value after
     * @param changedBy the admin (the token's subject)
     * @param changedAt when
     */
    @Introspected
    @Serdeable
    record Change(String field, @Nullable String oldValue, @Nullable String newValue, String changedBy,
                  Instant changedAt) {
    }

    /**
     * @param matchKeys institutions' match keys
     * @return those institutions, as stored
     */
    @Query("""
        SELECT institution_id, match_key, name, city, state, ownership, website FROM institution
        WHERE match_key = ANY(:matchKeys)""")
    List<StoredInstitution> byMatchKeys(@TypeDef(type = DataType.STRING_ARRAY) String[] matchKeys);

    /**
     * Inserts new programs and updates known ones (by id). A partner's non-empty accreditations
     * replace the stored ones; each changed field records who set it.
     *
     * @param accreditations one text per program, its accreditations joined by the unit separator
     */
    @Query("""
        INSERT INTO program (program_id, institution_id, title, cip_code, credential, accreditations, provenance)
        SELECT id, inst, t, cip, cred, string_to_array(acc, chr(31)), CAST(p AS jsonb)
          FROM unnest(CAST(:ids AS uuid[]), CAST(:institutionIds AS uuid[]), :titles, :cipCodes, :credentials,
                      :accreditations, :provenances) AS u(id, inst, t, cip, cred, acc, p)
        ON CONFLICT (program_id) DO UPDATE SET
            title = EXCLUDED.title,
            accreditations = CASE WHEN cardinality(EXCLUDED.accreditations) > 0
                                  THEN EXCLUDED.accreditations ELSE program.accreditations END,
            provenance = program.provenance
                || CASE WHEN program.title IS DISTINCT FROM EXCLUDED.title
                        THEN jsonb_build_object('title', EXCLUDED.provenance->'title') ELSE '{}' END
                || CASE WHEN cardinality(EXCLUDED.accreditations) > 0
                             AND program.accreditations IS DISTINCT FROM EXCLUDED.accreditations
                        THEN jsonb_build_object('accreditations', EXCLUDED.provenance->'accreditations') ELSE '{}' END,
            updated_at = now()
        WHERE program.title IS DISTINCT FROM EXCLUDED.title
           OR (cardinality(EXCLUDED.accreditations) > 0 AND program.accreditations IS DISTINCT FROM EXCLUDED.accreditations)""")
    void upsertPrograms(@TypeDef(type = DataType.STRING_ARRAY) String[] ids,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] institutionIds,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] titles,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] cipCodes,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] credentials,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] accreditations,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] provenances);

    /**
     * An institution as stored.
     *
     * @param institutionId its id
     * @param matchKey      the key partners' institutions are matched by ({@link InstitutionMatch})
     * @param name          its name
     * @param city          its city
     * @param state         its state (stored as char(2))
     * @param ownership     its ownership ({@code Ownership} name), if known
     * @param website       its website, if known
     */
    @MappedEntity("institution")
    record StoredInstitution(@Id UUID institutionId, String matchKey, String name, String city, String state,
                             @Nullable String ownership, @Nullable String website) {
    }
}
