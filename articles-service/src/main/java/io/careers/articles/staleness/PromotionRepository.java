package io.careers.articles.staleness;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The promotions seen on {@code salary.release-events.v1}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PromotionRepository extends GenericRepository<Promotion, String> {

    /** @return whether the promotion of that release is stored */
    boolean existsById(String releaseId);

    /** @param promotion a promotion not stored yet */
    void save(Promotion promotion);

    /** @return the promotion of that release */
    Optional<Promotion> findById(String releaseId);

    /** @return the most recent promotion */
    @Query("SELECT * FROM release_promotion ORDER BY promoted_at DESC, release_id DESC LIMIT 1")
    Optional<Promotion> latest();
}
