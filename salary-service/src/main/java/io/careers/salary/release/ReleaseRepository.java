package io.careers.salary.release;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Releases, on the caller's transaction: reads through {@link ReleaseRow} ({@code release_view}),
 * writes and row locks on the {@code release} table. The per-batch hot path (registering releases
 * and counting receipts) is {@link ReleaseStore}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReleaseRepository extends GenericRepository<ReleaseRow, String> {

    /**
     * @param releaseId a release
     * @return it, as stored now
     */
    Optional<ReleaseRow> findById(String releaseId);

    /** @return every release, newest period first */
    @Query("SELECT * FROM release_view ORDER BY reference_period DESC, release_id")
    List<ReleaseRow> listNewestFirst();

    /**
     * Locks a release's row until commit, waiting for the batches of estimates that share-locked it.
     *
     * @param releaseId a release
     * @return its id, when it exists
     */
    @Query("SELECT release_id FROM release WHERE release_id = :releaseId FOR UPDATE")
    Optional<String> lockRow(String releaseId);

    /** @return the current release's id, its row locked until commit */
    @Query("SELECT release_id FROM release WHERE status = 'CURRENT' FOR UPDATE")
    Optional<String> lockCurrentRow();

    /** @return PENDING releases whose completion record and announced number of estimates are in */
    @Query("""
        SELECT release_id FROM release_view
        WHERE status = 'PENDING' AND completion_received_at IS NOT NULL AND expected_count = received_count
        ORDER BY reference_period, release_id""")
    List<String> readyToPromote();

    /**
     * Stores a completion record; a repeated one changes nothing.
     *
     * @param releaseId       the release
     * @param referencePeriod its period
     * @param survey          the survey, e.g. OEWS
     * @param expectedCount   the estimates it announces
     */
    @Query("""
        INSERT INTO release (release_id, reference_period, survey, expected_count, completion_received_at)
        VALUES (:releaseId, :referencePeriod, :survey, :expectedCount, now())
        ON CONFLICT (release_id) DO UPDATE SET survey = EXCLUDED.survey,
            expected_count = EXCLUDED.expected_count,
            completion_received_at = COALESCE(release.completion_received_at, EXCLUDED.completion_received_at)
        WHERE release.survey IS DISTINCT FROM EXCLUDED.survey
           OR release.expected_count IS DISTINCT FROM EXCLUDED.expected_count
           OR release.completion_received_at IS NULL""")
    void recordCompletion(String releaseId, String referencePeriod, String survey, long expectedCount);

    /**
     * @param releaseId the release
     * @param status    its new status ({@link ReleaseStatus} name); leaving PENDING records when
     */
    @Query("""
        UPDATE release SET status = :status,
            promoted_at = COALESCE(promoted_at, CASE WHEN :status <> 'PENDING' THEN now() END)
        WHERE release_id = :releaseId""")
    void updateStatus(String releaseId, String status);

    /**
     * @param releaseId a release
     * @return how many estimates it holds, counted row by row
     */
    @Query("SELECT count(*) FROM wage_estimate WHERE release_id = :releaseId")
    long countEstimates(String releaseId);

    /** Serialises promotions, which change which release is CURRENT, until commit. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(5310, 1)) AS promotion_lock")
    int lockPromotions();
}
