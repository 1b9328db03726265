package io.careers.articles.article;

import io.careers.articles.figure.FigureTokens;
import io.careers.articles.figure.TokenProblem;
import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.api.articles.Video;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.problem.DomainException;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks an article body as a whole and reports every problem at once, each with its field
 * ({@code sections[1].markdown}) and a message an editor can act on.
 */
final class ArticleValidation {
    static final int MAX_MARKDOWN = 100_000;

    private final List<FieldError> errors = new ArrayList<>();

    private ArticleValidation() {
    }

    /**
     * @param input a create or update body
     * @return its normalised content; the slug is null when the body has none
     * @throws DomainException 422 with every problem found
     */
    static ArticleContent validate(ArticleInput input) {
        ArticleValidation v = new ArticleValidation();
        String title = v.text("title", input.title(), 200, true);
        String slug = v.slug(input.slug());
        String summary = v.text("summary", input.summary(), 1000, false);
        String category = v.category(input.category());
        List<String> tags = v.tags(input.tags());
        List<Section> sections = v.sections(input.sections());
        List<String> occupations = v.codes("occupations", input.occupations(), IdentifierFormat.SOC);
        List<String> programs = v.codes("programs", input.programs(), IdentifierFormat.CIP);
        List<UUID> related = v.related(input.relatedArticleIds());
        List<Video> videos = v.videos(input.videos());
        Seo seo = input.seo() == null ? new Seo(null, null)
            : new Seo(v.text("seo.title", input.seo().title(), 120, false),
                v.text("seo.description", input.seo().description(), 320, false));
        if (!v.errors.isEmpty()) {
            throw DomainException.invalid(v.errors);
        }
        return new ArticleContent(title, slug, summary, category, tags, sections, occupations, programs, related, videos, seo);
    }

    private String text(String field, @Nullable String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, "is " + text.length() + " characters; at most " + max));
        }
        return text;
    }

    private String slug(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String slug = value.strip();
        if (!IdentifierFormat.SLUG.matches(slug) || slug.length() > 100) {
            errors.add(new FieldError("slug", "must be lowercase letters and digits joined by single hyphens, at most 100 characters, e.g. medical-records-administration"));
        }
        return slug;
    }

    private String category(@Nullable String value) {
        String category = text("category", value, 60, false);
        if (category != null) {
            FieldError.check(IdentifierFormat.SLUG, "category", category, errors);
        }
        return category;
    }

    private List<String> tags(@Nullable List<String> values) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        List<String> list = atMost("tags", values, 30, "tags");
        for (int i = 0; i < list.size(); i++) {
            String tag = text("tags[" + i + "]", list.get(i), 60, true);
            if (tag != null) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(tags);
    }

    private List<Section> sections(@Nullable List<Section> values) {
        List<Section> list = atMost("sections", values, 50, "sections");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Section section = list.get(i) == null ? new Section(null, null) : list.get(i);
            String heading = text("sections[" + i + "].heading", section.heading(), 200, true);
            String markdown = section.markdown() == null ? "" : section.markdown();
            if (markdown.length() > MAX_MARKDOWN) {
                errors.add(new FieldError("sections[" + i + "].markdown", "is " + markdown.length()
                    + " characters; at most " + MAX_MARKDOWN));
            }
            for (TokenProblem problem : FigureTokens.scan(markdown).problems()) {
                errors.add(new FieldError("sections[" + i + "].markdown", problem.describe()));
            }
            sections.add(new Section(heading, markdown));
        }
        return sections;
    }

    private List<String> codes(String field, @Nullable List<String> values, IdentifierFormat format) {
        List<String> list = atMost(field, values, 20, "codes");
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String code = list.get(i) == null ? "" : list.get(i).strip();
            FieldError.check(format, field + "[" + i + "]", code, errors);
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private List<UUID> related(@Nullable List<String> values) {
        List<String> list = atMost("relatedArticleIds", values, 20, "ids");
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                ids.add(UUID.fromString(String.valueOf(list.get(i)).strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("relatedArticleIds[" + i + "]", "'" + list.get(i) + "' is not an article id (a UUID)"));
            }
        }
        return List.copyOf(ids);
    }

    private List<Video> videos(@Nullable List<Video> values) {
        List<Video> list = atMost("videos", values, 20, "videos");
        List<Video> videos = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Video video = list.get(i) == null ? new Video(null, null, null) : list.get(i);
            String field = "videos[" + i + "]";
            String url = text(field + ".url", video.url(), 2000, true);
            if (url != null && !httpUrl(url)) {
                errors.add(new FieldError(field + ".url", "must be an absolute http or https URL"));
            }
            videos.add(new Video(text(field + ".title", video.title(), 200, true),
                text(field + ".description", video.description(), 2000, false), url));
        }
        return videos;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return the list, empty for null; more than {@code max} entries is an error of the field */
    private <T> List<T> atMost(String field, @Nullable List<T> values, int max, String entries) {
        List<T> list = values == null ? List.of() : values;
        if (list.size() > max) {
            errors.add(new FieldError(field, "has " + list.size() + " " + entries + "; at most " + max));
        }
        return list;
    }
}
