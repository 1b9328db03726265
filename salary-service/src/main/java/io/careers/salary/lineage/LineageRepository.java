package io.careers.salary.lineage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** SOC codes and the crosswalk links between revisions, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LineageRepository extends GenericRepository<SocCodeRow, String> {

    /**
     * Names a code of a revision; a later crosswalk's title replaces an earlier one.
     *
     * @param code       SOC code
     * @param socVersion its revision
     * @param title      its title
     */
    @Query("""
        INSERT INTO soc_code (code, soc_version, title) VALUES (:code, :socVersion, :title)
        ON CONFLICT (code, soc_version) DO UPDATE SET title = EXCLUDED.title WHERE soc_code.title <> EXCLUDED.title""")
    void name(String code, String socVersion, String title);

    /**
     * @param fromCode    the older code
     * @param fromVersion its revision
     * @param toCode      the newer code
     * @param toVersion   its revision
     * @return 1 when the link is new, 0 when it was known
     */
    @Query("""
        INSERT INTO soc_lineage (predecessor_code, predecessor_version, successor_code, successor_version)
        VALUES (:fromCode, :fromVersion, :toCode, :toVersion) ON CONFLICT DO NOTHING""")
    int link(String fromCode, String fromVersion, String toCode, String toVersion);
}
