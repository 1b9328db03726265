package io.careers.schools.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Institutions and programs, set-based: each call takes one array per column, an element per
 * institution or program of a batch, and runs one statement whatever the batch's size.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InstitutionRepository extends GenericRepository<InstitutionRepository.StoredInstitution, UUID> {

    /**
     * Inserts new institutions and updates known ones (matched by key). A partner's ownership and
     * website replace the stored ones only when given; each changed field records who set it.
     *
     * @return the match keys of known institutions whose values changed
     */
    @Query("""
        WITH upserted AS (
            INSERT INTO institution (institution_id, match_key, name, city, state, ownership, website, provenance)
            SELECT id, mk, n, c, s, o, w, CAST(p AS jsonb)
              FROM unnest(CAST(:ids AS uuid[]), :matchKeys, :names, :cities, :states, :ownerships, :websites,
                          :provenances) AS u(id, mk, n, c, s, o, w, p)
            ON CONFLICT (match_key) DO UPDATE SET
                name = EXCLUDED.name, city = EXCLUDED.city, state = EXCLUDED.state,
                ownership = COALESCE(EXCLUDED.ownership, institution.ownership),
                website = COALESCE(EXCLUDED.website, institution.website),
                provenance = institution.provenance
                    || CASE WHEN institution.name IS DISTINCT FROM EXCLUDED.name
                            THEN jsonb_build_object('name', EXCLUDED.provenance->'name') ELSE '{}' END
                    || CASE WHEN institution.city IS DISTINCT FROM EXCLUDED.city
                            THEN jsonb_build_object('city', EXCLUDED.provenance->'city') ELSE '{}' END
                    || CASE WHEN institution.state IS DISTINCT FROM EXCLUDED.state
                            THEN jsonb_build_object('state', EXCLUDED.provenance->'state') ELSE '{}' END
                    || CASE WHEN EXCLUDED.ownership IS NOT NULL AND institution.ownership IS DISTINCT FROM EXCLUDED.ownership
                            THEN jsonb_build_object('ownership', EXCLUDED.provenance->'ownership') ELSE '{}' END
                    || CASE WHEN EXCLUDED.website IS NOT NULL AND institution.website IS DISTINCT FROM EXCLUDED.website
                            THEN jsonb_build_object('website', EXCLUDED.provenance->'website') ELSE '{}' END,
                updated_at = now()
            WHERE (institution.name, institution.city, institution.state)
                    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.city, EXCLUDED.state)
               OR (EXCLUDED.ownership IS NOT NULL AND EXCLUDED.ownership IS DISTINCT FROM institution.ownership)
               OR (EXCLUDED.website IS NOT NULL AND EXCLUDED.website IS DISTINCT FROM institution.website)
            RETURNING match_key, (xmax = 0) AS inserted)
        SELECT match_key FROM upserted WHERE NOT inserted""")
    List<String> upsertInstitutions(@TypeDef(type = DataType.STRING_ARRAY) String[] ids,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] matchKeys,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] names,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] cities,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] states,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] ownerships,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] websites,
                                    @TypeDef(type = DataType.STRING_ARRAY) String[] provenances);

    /**
     * Sorts every partner's listings of renamed institutions under their new names.
     *
     * @param matchKeys the renamed institutions
     */
    @Query("""
        UPDATE listing l SET institution_sort = lower(i.name) FROM institution i
        WHERE l.institution_id = i.institution_id AND i.match_key = ANY(:matchKeys)
          AND l.institution_sort IS DISTINCT FROM lower(i.name)""")
    void resortListings(@TypeDef(type = DataType.STRING_ARRAY) String[] matchKeys);

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
