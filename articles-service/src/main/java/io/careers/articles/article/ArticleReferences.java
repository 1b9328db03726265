package io.careers.articles.article;

import io.careers.articles.figure.FigureStore;
import io.careers.articles.figure.FigureToken;
import io.careers.articles.figure.FigureTokens;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks what an article points to: each token's occupation must be one salary-service has
 * published figures for (the local read model), and each related article must exist.
 */
@Singleton
record ArticleReferences(FigureStore figures, ArticleRepository articles) {
    /** @throws DomainException 422 naming each unknown occupation token and related article */
    void check(UUID self, ArticleContent content) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<List<FigureToken>> tokens = content.markdown().stream().map(m -> FigureTokens.scan(m).tokens()).toList();
        tokens.forEach(list -> list.forEach(t -> codes.add(t.occupation())));
        Set<String> known = figures.find(codes).keySet();
        for (int i = 0; i < tokens.size(); i++) {
            for (FigureToken token : tokens.get(i)) {
                if (!known.contains(token.occupation())) {
                    errors.add(new FieldError("sections[" + i + "].markdown", "'" + token.text() + "' at "
                        + token.position() + ": salary-service has published no figures for occupation "
                        + token.occupation()));
                }
            }
        }
        Set<UUID> existing = existing(content.relatedArticleIds());
        for (int i = 0; i < content.relatedArticleIds().size(); i++) {
            UUID related = content.relatedArticleIds().get(i);
            if (related.equals(self)) {
                errors.add(new FieldError("relatedArticleIds[" + i + "]", "an article cannot be related to itself"));
            } else if (!existing.contains(related)) {
                errors.add(new FieldError("relatedArticleIds[" + i + "]", "no article has the id " + related));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private Set<UUID> existing(List<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(articles.findIdByIdIn(ids));
    }
}
