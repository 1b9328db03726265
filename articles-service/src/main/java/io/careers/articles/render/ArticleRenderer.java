package io.careers.articles.render;

import io.careers.articles.figure.FigureResolver;
import io.careers.articles.figure.FigureStore;
import io.careers.articles.figure.FigureToken;
import io.careers.articles.figure.FigureTokens;
import io.careers.articles.figure.OccupationFigures;
import io.careers.articles.figure.RenderedFigure;
import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.api.articles.FigureCitation;
import jakarta.inject.Singleton;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders article Markdown to safe HTML (commonmark-java: raw HTML escaped, links and images
 * only with http, https or mailto URLs) and fills in figure tokens from the local read model.
 */
@Singleton
public record ArticleRenderer(FigureStore store, FigureResolver resolver) {
    private static final DefaultUrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

    // commonmark parsers are thread-safe: one serves every request.
    private static final Parser PARSER = Parser.builder().build();

    /**
     * @param markdown the sections' Markdown, in order
     * @return their HTML and the citations of the figures in them
     */
    public Rendering render(List<String> markdown) {
        List<FigureToken> tokens = tokensOf(markdown);
        Set<String> codes = new LinkedHashSet<>();
        tokens.forEach(t -> codes.add(t.occupation()));
        return render(markdown, tokens, store.find(codes));
    }

    /**
     * @param markdown the sections' Markdown, in order
     * @param figures  the read model's figures of the occupations the tokens name
     * @return their HTML and the citations of the figures in them
     */
    Rendering render(List<String> markdown, Map<String, OccupationFigures> figures) {
        return render(markdown, tokensOf(markdown), figures);
    }

    private static List<FigureToken> tokensOf(List<String> markdown) {
        return markdown.stream().flatMap(m -> FigureTokens.scan(m).tokens().stream()).toList();
    }

    private Rendering render(List<String> markdown, List<FigureToken> tokens, Map<String, OccupationFigures> figures) {
        Map<String, RenderedFigure> shown = new LinkedHashMap<>();
        Set<Citation> citations = new LinkedHashSet<>();
        for (FigureToken token : tokens) {
            RenderedFigure figure = shown.computeIfAbsent(token.text(),
                t -> resolver.resolve(token, figures.get(token.occupation())));
            if (figure.citation() != null) {
                citations.add(figure.citation());
            }
        }
        HtmlRenderer html = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(URLS)
            .nodeRendererFactory(context -> new FigureTextRenderer(context.getWriter(), shown))
            .build();
        List<String> fragments = new ArrayList<>(markdown.size());
        for (String section : markdown) {
            fragments.add(html.render(PARSER.parse(section)));
        }
        List<FigureCitation> cited = new ArrayList<>(shown.size());
        shown.forEach((token, figure) -> cited.add(new FigureCitation(token, figure.text(), figure.citation())));
        return new Rendering(fragments, List.copyOf(citations), cited);
    }
}
