package io.careers.articles.article;


import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of an article that search reads: its sections' headings and Markdown, without figure
 * tokens (their numbers change with each release), link targets and Markdown marks. Migration V2
 * wrote the same text for articles live before it.
 */
final class SearchText {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("[*_#>`\\[\\]]+");

    private SearchText() {
    }

    /**
     * @param content a revision's content
     * @return its searchable text
     */
    static String of(ArticleContent content) {
        String joined = content.sections().stream()
            .map(SearchText::text)
            .collect(Collectors.joining("\n"));
        String text = TOKEN.matcher(joined).replaceAll(" ");
        text = LINK_TARGET.matcher(text).replaceAll("]");
        return MARKS.matcher(text).replaceAll(" ").strip();
    }

    private static String text(Section section) {
        return (section.heading() == null ? "" : section.heading()) + "\n"
            + (section.markdown() == null ? "" : section.markdown());
    }
}
