package io.careers.articles.article;

import io.careers.contracts.problem.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The editorial workflow: every save a new revision, publish now or later, unpublish, restore.
 * Each operation is one transaction holding the article's row lock, so edits of one article
 * never interleave; events go to the outbox in the same transaction.
 */
@Singleton
public class ArticleWorkflow {
    private final ArticleRepository articles;
    private final SlugRepository slugs;
    private final RevisionStore revisions;
    private final ArticleReferences references;
    private final ArticleEvents events;

    ArticleWorkflow(ArticleRepository articles, SlugRepository slugs, RevisionStore revisions, ArticleReferences references,
                    ArticleEvents events) {
        this.slugs = slugs;
        this.articles = articles;
        this.revisions = revisions;
        this.references = references;
        this.events = events;
    }

    @Transactional
    ArticleState create(ArticleInput input, String author) {
        ArticleContent content = ArticleValidation.validate(input);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        references.check(id, content);
        ArticleRow row = ArticleRow.created(id, author, now);
        articles.save(row);
        content = content.withSlug(claimSlug(id, content, null, now));
        revisions.add(id, 1, content, author, now, List.of("created"), null);
        return new ArticleState(row, content);
    }

    @Transactional
    ArticleState update(UUID id, ArticleInput input, BaseRevision base, String author) {
        ArticleRow row = lock(id);
        base.check(row.latestRevision());
        ArticleContent previous = latest(row);
        ArticleContent content = ArticleValidation.validate(input);
        references.check(id, content);
        Instant now = Instant.now();
        content = content.withSlug(claimSlug(id, content, previous.slug(), now));
        return saveRevision(row, previous, content, author, now, null);
    }

    @Transactional
    ArticleState restore(UUID id, int revision, @Nullable BaseRevision base, String author) {
        ArticleRow row = lock(id);
        if (base != null) {
            base.check(row.latestRevision());
        }
        ArticleContent restored = revisions.content(id, revision)
            .orElseThrow(() -> DomainException.notFound("Article " + id + " has no revision " + revision + "."));
        Instant now = Instant.now();
        return saveRevision(row, latest(row), restored, author, now, revision);
    }

    /** Publishes the newest revision now, or plans it for {@code publishAt}. */
    @Transactional
    ArticleState publish(UUID id, @Nullable Instant publishAt, @Nullable BaseRevision base) {
        ArticleRow row = lock(id);
        if (base != null) {
            base.check(row.latestRevision());
        }
        Instant now = Instant.now();
        if (publishAt != null && publishAt.isAfter(now)) {
            ArticleRow scheduled = row.scheduled(row.latestRevision(), publishAt, now);
            articles.update(scheduled);
            return new ArticleState(scheduled, latest(row));
        }
        return new ArticleState(goLive(row, row.latestRevision(), now), latest(row));
    }

    /** Takes the article down and cancels a planned publish. */
    @Transactional
    ArticleState unpublish(UUID id) {
        ArticleRow row = lock(id);
        if (row.liveRevision() == null && row.publishAt() == null) {
            throw DomainException.conflict("Article " + id + " is neither published nor scheduled.");
        }
        ArticleContent wasLive = live(row);
        ArticleRow down = row.unpublished(Instant.now());
        articles.update(down, null);
        if (wasLive != null) {
            events.unpublished(down, wasLive.slug());
        }
        return new ArticleState(down, latest(row));
    }

    /**
     * Fires the planned publishes that are due, also those that fell due while the service was
     * down. Rows another instance is firing are skipped.
     *
     * @return how many articles went live
     */
    @Transactional
    public int publishDue(Instant now, int limit) {
        List<UUID> due = articles.lockDue(now, limit);
        for (UUID id : due) {
            ArticleRow row = articles.findById(id).orElseThrow();
            goLive(row, row.scheduledRevision(), now);
        }
        return due.size();
    }

    private ArticleRow goLive(ArticleRow row, int revision, Instant now) {
        ArticleContent content = revisions.content(row.id(), revision).orElseThrow();
        ArticleRow live = row.published(revision, now);
        articles.update(live, content);
        slugs.markLive(content.slug(), now);
        events.published(live, content);
        return live;
    }

    private ArticleState saveRevision(ArticleRow row, ArticleContent previous, ArticleContent content, String author,
                                      Instant now, @Nullable Integer restoredFrom) {
        int revision = row.latestRevision() + 1;
        revisions.add(row.id(), revision, content, author, now, RevisionChanges.between(previous, content), restoredFrom);
        ArticleRow revised = row.revised(revision, now);
        articles.update(revised);
        return new ArticleState(revised, content);
    }

    /**
     * The slug a revision gets: the one it names (409 if another article has it), else the
     * previous revision's, else one derived from the title with a number added until it is free.
     */
    private String claimSlug(UUID id, ArticleContent content, @Nullable String previous, Instant now) {
        if (content.slug() != null) {
            if (!slugs.claim(content.slug(), id, now)) {
                throw DomainException.conflict("The slug " + content.slug()
                    + " belongs to another article (slugs stay with an article for good, so old links keep working).");
            }
            return content.slug();
        }
        if (previous != null) {
            return previous;
        }
        String base = Slugs.fromTitle(content.title());
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (slugs.claim(candidate, id, now)) {
                return candidate;
            }
        }
    }

    private ArticleRow lock(UUID id) {
        return articles.lock(id).orElseThrow(() -> DomainException.notFound("No article has the id " + id + "."));
    }

    private ArticleContent latest(ArticleRow row) {
        return revisions.content(row.id(), row.latestRevision()).orElseThrow();
    }

    private ArticleContent live(ArticleRow row) {
        return row.liveRevision() == null ? null : revisions.content(row.id(), row.liveRevision()).orElseThrow();
    }
}
