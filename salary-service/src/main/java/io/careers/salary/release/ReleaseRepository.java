package io.careers.salary.release;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Releases, on the caller's transaction: reads through {@link ReleaseRow} ({@code release_view}),
 * writes and row locks on the {@code release} table. The per-batch calls (registering releases and
 * counting receipts) take arrays, one element per release or receipt, and are set-based.
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
     * Registers a release and the parts its completion records name; a repeat changes nothing.
     *
     * @param releaseId       the release
     * @param referencePeriod its period
     * @param survey          the survey, e.g. OEWS
     * @param partNames       every part of the release, comma-separated (part names have no commas)
     */
    @Query("""
        INSERT INTO release (release_id, reference_period, survey, parts)
        VALUES (:releaseId, :referencePeriod, :survey, string_to_array(:partNames, ','))
        ON CONFLICT (release_id) DO UPDATE SET survey = EXCLUDED.survey, parts = EXCLUDED.parts
        WHERE release.survey IS DISTINCT FROM EXCLUDED.survey OR release.parts IS DISTINCT FROM EXCLUDED.parts""")
    void registerParts(String releaseId, String referencePeriod, String survey, String partNames);

    /**
     * @param releaseId a release
     * @param part      one of its parts
     * @return the estimates that part's completion record announced, if it arrived
     */
    @Query("SELECT estimate_count FROM release_part WHERE release_id = :releaseId AND part = :part")
    Optional<Long> partCount(String releaseId, String part);

    /**
     * Stores a part's completion record; a repeated one changes nothing, a new count replaces the old.
     *
     * @param releaseId     the release
     * @param part          the part
     * @param estimateCount the estimates it announces
     */
    @Query("""
        INSERT INTO release_part (release_id, part, estimate_count) VALUES (:releaseId, :part, :estimateCount)
        ON CONFLICT (release_id, part) DO UPDATE SET estimate_count = EXCLUDED.estimate_count, received_at = now()
        WHERE release_part.estimate_count <> EXCLUDED.estimate_count""")
    void recordPart(String releaseId, String part, long estimateCount);

    /**
     * Records the release's completion once every part it names is in: the number of estimates it
     * must hold becomes the sum of its parts' counts. Before that, it stays without a count.
     *
     * @param releaseId the release
     */
    @Query("""
        UPDATE release r SET expected_count = p.total,
            completion_received_at = COALESCE(r.completion_received_at, now())
        FROM (SELECT sum(estimate_count) AS total, array_agg(part) AS parts
              FROM release_part WHERE release_id = :releaseId) p
        WHERE r.release_id = :releaseId AND r.parts <@ p.parts
          AND (r.expected_count IS DISTINCT FROM p.total OR r.completion_received_at IS NULL)""")
    void completeIfEveryPartIsIn(String releaseId);

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

    /** @return how many releases are PENDING */
    @Query("SELECT count(*) FROM release WHERE status = 'PENDING'")
    long countPending();

    /** @return how long the oldest PENDING release has been waiting since its first record, in seconds (0 when none) */
    @Query("SELECT COALESCE(extract(epoch FROM now() - min(first_seen_at)), 0) FROM release WHERE status = 'PENDING'")
    double oldestPendingSeconds();

    /** Serialises promotions, which change which release is CURRENT, until commit. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(5310, 1)) AS promotion_lock")
    int lockPromotions();

    /**
     * Registers releases first seen in estimates; a release already known keeps its first period.
     *
     * @param releaseIds       releases
     * @param referencePeriods the period each one's estimates give, in the same order
     */
    @Query("""
        INSERT INTO release (release_id, reference_period) SELECT * FROM unnest(:releaseIds, :referencePeriods)
        ON CONFLICT DO NOTHING""")
    void registerAll(@TypeDef(type = DataType.STRING_ARRAY) String[] releaseIds,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] referencePeriods);

    /**
     * Share-locks releases until commit: batches of estimates do not wait for each other, but a
     * promotion (which locks the row for update) waits for them.
     *
     * @param releaseIds releases
     * @return each one's period and status, as stored
     */
    @Query("""
        SELECT release_id, reference_period, status FROM release WHERE release_id = ANY(:releaseIds)
        ORDER BY release_id FOR SHARE""")
    List<RegisteredRelease> shareLock(@TypeDef(type = DataType.STRING_ARRAY) String[] releaseIds);

    /**
     * Adds newly stored estimates to their counters, a row per release, part and shard.
     *
     * @param releaseIds the releases
     * @param parts      the parts, in the same order
     * @param shards     the Kafka partitions, in the same order
     * @param counts     how many new estimates each one brought
     */
    @Query("""
        INSERT INTO release_receipt (release_id, part, shard, received)
        SELECT * FROM unnest(:releaseIds, :parts, :shards, :counts)
        ON CONFLICT (release_id, part, shard) DO UPDATE SET received = release_receipt.received + EXCLUDED.received""")
    void addReceipts(@TypeDef(type = DataType.STRING_ARRAY) String[] releaseIds,
                     @TypeDef(type = DataType.STRING_ARRAY) String[] parts,
                     @TypeDef(type = DataType.INTEGER_ARRAY) Integer[] shards,
                     @TypeDef(type = DataType.LONG_ARRAY) Long[] counts);

    /**
     * A release as {@link #shareLock} reads it.
     *
     * @param releaseId       the release
     * @param referencePeriod its period
     * @param status          its status ({@link ReleaseStatus} name)
     */
    @Introspected
    record RegisteredRelease(String releaseId, String referencePeriod, String status) {
    }
}
