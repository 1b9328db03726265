package io.careers.articles.article;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs derived from titles: "Médical Records & Health" becomes {@code medical-records-health}. */
final class Slugs {
    private static final int MAX_DERIVED = 80;

    private Slugs() {
    }

    /**
     * @param title a title
     * @return its slug; {@code article} when the title has no letters or digits
     */
    static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_DERIVED) {
            slug = slug.substring(0, MAX_DERIVED).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
