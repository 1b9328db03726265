package io.careers.articles.figure;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The figures read model's tables. Figure documents travel as JSON text; {@link FigureStore}
 * reads and writes them as contract records.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FigureRepository extends GenericRepository<FigureRepository.StoredFigures, String> {

    /**
     * Stores an occupation's figures unless what is stored is as new or newer.
     *
     * @return 1 when they replaced what was stored (or were the first), 0 when they were older
     */
    @Query("""
        INSERT INTO occupation_figures (code, title, soc_version, current, history, projection, lineage, stats_at)
        VALUES (:code, :title, :socVersion, CAST(:current AS jsonb), CAST(:history AS jsonb),
                CAST(:projection AS jsonb), CAST(:lineage AS jsonb), :statsAt)
        ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, soc_version = EXCLUDED.soc_version,
            current = EXCLUDED.current, history = EXCLUDED.history, projection = EXCLUDED.projection,
            lineage = EXCLUDED.lineage, stats_at = EXCLUDED.stats_at
        WHERE occupation_figures.stats_at < EXCLUDED.stats_at""")
    int upsertFigures(String code, String title, @Nullable String socVersion, @Nullable String current,
                      String history, @Nullable String projection, String lineage, Instant statsAt);

    /** Stores an occupation's projection for one period unless what is stored is as new or newer. */
    @Query("""
        INSERT INTO occupation_projection (code, period, figures, stats_at)
        VALUES (:code, :period, CAST(:figures AS jsonb), :statsAt)
        ON CONFLICT (code, period) DO UPDATE SET figures = EXCLUDED.figures, stats_at = EXCLUDED.stats_at
        WHERE occupation_projection.stats_at < EXCLUDED.stats_at""")
    void upsertProjection(String code, String period, String figures, Instant statsAt);

    /**
     * @param codes SOC codes
     * @return the figures stored for them
     */
    @Query("""
        SELECT code, title, CAST(current AS text) AS current, CAST(history AS text) AS history,
               CAST(projection AS text) AS projection, CAST(lineage AS text) AS lineage
          FROM occupation_figures WHERE code IN (:codes)""")
    List<StoredFigures> figuresOf(Collection<String> codes);

    /**
     * @param codes SOC codes
     * @return every projection period stored for them
     */
    @Query("SELECT code, period, CAST(figures AS text) AS figures FROM occupation_projection WHERE code IN (:codes)")
    List<StoredProjection> projectionsOf(Collection<String> codes);

    /**
     * An occupation's figures as stored, documents as JSON text.
     *
     * @param code       SOC code
     * @param title      its title
     * @param current    the current release's national figures, if any
     * @param history    the national figures of every complete release
     * @param projection the newest projection, if any
     * @param lineage    its predecessors and successors
     */
    @MappedEntity("occupation_figures")
    record StoredFigures(@Id String code, String title, @Nullable String current, String history,
                         @Nullable String projection, String lineage) {
    }

    /**
     * One projection period of an occupation, as stored.
     *
     * @param code    SOC code
     * @param period  the projection period, e.g. 2012-2022
     * @param figures the projection, as JSON text
     */
    @Introspected
    record StoredProjection(String code, String period, String figures) {
    }
}
