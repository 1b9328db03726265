package io.careers.gateway.cache;

import io.careers.contracts.page.CareersPage;
import io.careers.contracts.page.Occupation;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.CareerLocation;
import io.careers.gateway.payload.SchoolsResult;

import java.util.List;
import java.util.Optional;

/**
 * Estimated heap bytes of what the section caches hold, for their weight bounds. Rough on purpose:
 * text counts two bytes a character, and each element a fixed overhead; what matters is that a huge
 * article weighs in proportion, not the exact number.
 */
final class Weights {
    /** Object headers, references and boxed numbers of one small record. */
    static final long RECORD = 64;
    /** One occupation's figures: a few dozen numbers and strings. */
    static final long OCCUPATION = 1_024;
    /** One school entry: names, titles and codes. */
    static final long SCHOOL = 512;

    private Weights() {
    }

    static long text(String value) {
        return value == null ? 0 : 40 + 2L * value.length();
    }

    static long article(Optional<Article> found) {
        if (found.isEmpty()) {
            return RECORD;
        }
        Article a = found.get();
        long bytes = RECORD + text(a.slug()) + text(a.title()) + text(a.summary()) + text(a.seoTitle()) + text(a.seoDescription());
        for (var section : a.sections()) {
            bytes += RECORD + text(section.heading()) + text(section.html());
        }
        for (var figure : a.figures()) {
            bytes += 2 * RECORD + text(figure.token()) + text(figure.text());
        }
        for (var video : a.videos()) {
            bytes += RECORD + text(video.title()) + text(video.description()) + text(video.url());
        }
        for (var link : a.relatedArticles()) {
            bytes += RECORD + text(link.slug()) + text(link.title());
        }
        return bytes + RECORD * (a.citations().size() + a.occupations().size() + a.programs().size() + a.tags().size());
    }

    static long occupations(List<Occupation> occupations) {
        return RECORD + OCCUPATION * occupations.size();
    }

    static long schools(SchoolsResult result) {
        return RECORD + SCHOOL * result.items().size();
    }

    static long careers(CareersPage page) {
        long bytes = RECORD;
        for (var item : page.items()) {
            bytes += RECORD + text(item.slug()) + text(item.title()) + text(item.summary()) + text(item.snippet());
        }
        return bytes;
    }

    static long locations(List<CareerLocation> locations) {
        return RECORD + (RECORD + 100) * (long) locations.size();
    }
}
