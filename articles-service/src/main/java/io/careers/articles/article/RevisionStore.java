package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code article_revision} table: every save of every article, never changed afterwards. */
@Singleton
record RevisionStore(RevisionRepository revisions, ObjectMapper json) {
    void add(UUID articleId, int revision, ArticleContent content, String author, Instant at, List<String> changes,
             @Nullable Integer restoredFrom) {
        revisions.add(articleId, revision, write(content), author, at, changes.toArray(String[]::new), restoredFrom);
    }

    Optional<ArticleContent> content(UUID articleId, int revision) {
        return revisions.document(articleId, revision).map(this::read);
    }

    /** @return the article's revisions, newest first */
    List<RevisionSummary> list(UUID articleId, @Nullable Integer liveRevision) {
        return revisions.list(articleId).stream()
            .map(r -> new RevisionSummary(r.revision(), r.author(), r.createdAt(), List.of(r.changes()),
                r.restoredFrom(), liveRevision != null && liveRevision == r.revision()))
            .toList();
    }

    String write(ArticleContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArticleContent read(String document) {
        try {
            return json.readValue(document, ArticleContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored revision does not read back as ArticleContent", e);
        }
    }
}
