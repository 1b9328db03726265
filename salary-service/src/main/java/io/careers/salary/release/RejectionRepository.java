package io.careers.salary.release;

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
     */
    @Query("""
        INSERT INTO release_rejection (topic, partition, record_offset, release_id, record_key, reason)
        VALUES (:topic, :partition, :recordOffset, :releaseId, :recordKey, :reason)
        ON CONFLICT DO NOTHING""")
    void note(String topic, int partition, long recordOffset, String releaseId, String recordKey, String reason);

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
