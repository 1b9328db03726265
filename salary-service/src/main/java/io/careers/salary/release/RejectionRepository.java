package io.careers.salary.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The records of each release that were dead-lettered. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RejectionRepository extends GenericRepository<ReleaseRejection, String> {

    /**
     * Notes a rejected record once, however often it is rejected again.
     *
     * @param topic        the topic it was sent to
     * @param partition    its partition
     * @param recordOffset its offset
     * @param releaseId    the release its key names
     * @param recordKey    its key
     * @param reason       why
     * @param part         the part of the release an estimate belongs to, or null
     */
    @Query("""
        INSERT INTO release_rejection (topic, partition, record_offset, release_id, record_key, reason, part)
        VALUES (:topic, :partition, :recordOffset, :releaseId, :recordKey, :reason, :part)
        ON CONFLICT DO NOTHING""")
    void note(String topic, int partition, long recordOffset, String releaseId, String recordKey, String reason,
              @Nullable String part);

    /**
     * @param releaseId a release
     * @return per part (those its completion records name, and any its estimates named): the
     *         estimates announced, received and rejected
     */
    @Query("""
        WITH names AS (
            SELECT unnest(parts) AS part FROM release WHERE release_id = :releaseId
            UNION SELECT part FROM release_receipt WHERE release_id = :releaseId
            UNION SELECT part FROM release_rejection WHERE release_id = :releaseId AND part IS NOT NULL)
        SELECT n.part, p.estimate_count AS expected,
               COALESCE((SELECT sum(r.received) FROM release_receipt r
                         WHERE r.release_id = :releaseId AND r.part = n.part), 0)::bigint AS received,
               (SELECT count(*) FROM release_rejection j WHERE j.release_id = :releaseId AND j.part = n.part) AS rejected
        FROM names n LEFT JOIN release_part p ON p.release_id = :releaseId AND p.part = n.part
        ORDER BY n.part""")
    List<PartCounts> countsByPart(String releaseId);

    /**
     * @param releaseId a release
     * @return how many of its records were rejected
     */
    @Query("SELECT count(*) FROM release_rejection WHERE release_id = :releaseId")
    long countByRelease(String releaseId);

    /**
     * @param releaseId a release
     * @return its first ten rejections, oldest first
     */
    @Query("""
        SELECT record_key, topic, reason, rejected_at FROM release_rejection WHERE release_id = :releaseId
        ORDER BY rejected_at, topic, partition, record_offset LIMIT 10""")
    List<ReleaseRejection> firstOf(String releaseId);
}
