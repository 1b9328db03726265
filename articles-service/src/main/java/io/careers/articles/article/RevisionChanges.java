package io.careers.articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two revisions, as field names an editor recognises. */
final class RevisionChanges {
    private RevisionChanges() {
    }

    /** @return the fields of {@code after} that differ from {@code before}: {@code title}, {@code sections[2]} ... */
    static List<String> between(ArticleContent before, ArticleContent after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", before, after, ArticleContent::title);
        compare(changes, "slug", before, after, ArticleContent::slug);
        compare(changes, "summary", before, after, ArticleContent::summary);
        compare(changes, "category", before, after, ArticleContent::category);
        compare(changes, "tags", before, after, ArticleContent::tags);
        int sections = Math.max(before.sections().size(), after.sections().size());
        for (int i = 0; i < sections; i++) {
            Object was = i < before.sections().size() ? before.sections().get(i) : null;
            Object now = i < after.sections().size() ? after.sections().get(i) : null;
            if (!Objects.equals(was, now)) {
                changes.add("sections[" + i + "]");
            }
        }
        compare(changes, "occupations", before, after, ArticleContent::occupations);
        compare(changes, "programs", before, after, ArticleContent::programs);
        compare(changes, "relatedArticleIds", before, after, ArticleContent::relatedArticleIds);
        compare(changes, "videos", before, after, ArticleContent::videos);
        compare(changes, "seo", before, after, ArticleContent::seo);
        return changes;
    }

    private static void compare(List<String> changes, String field, ArticleContent before, ArticleContent after,
                                Function<ArticleContent, Object> value) {
        if (!Objects.equals(value.apply(before), value.apply(after))) {
            changes.add(field);
        }
    }
}
