package io.careers.articles.render;

import io.careers.articles.figure.RenderedFigure;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;
import java.util.Set;

/**
 * Writes text nodes with their figure tokens replaced by figures. Everything goes through
 * {@link HtmlWriter#text}, which escapes: neither the text nor a figure can become markup. Tokens
 * in code spans and blocks are other node types and stay as written.
 */
final class FigureTextRenderer implements NodeRenderer {
    private final HtmlWriter html;
    private final Map<String, RenderedFigure> figures;

    FigureTextRenderer(HtmlWriter html, Map<String, RenderedFigure> figures) {
        this.html = html;
        this.figures = figures;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        String literal = ((Text) node).getLiteral();
        int from = 0;
        while (from < literal.length()) {
            int start = literal.indexOf("{{", from);
            int end = start < 0 ? -1 : literal.indexOf("}}", start + 2);
            if (end < 0) {
                break;
            }
            RenderedFigure figure = figures.get(literal.substring(start, end + 2));
            if (figure == null) {
                html.text(literal.substring(from, start + 2));
                from = start + 2;
                continue;
            }
            html.text(literal.substring(from, start));
            html.text(figure.text());
            from = end + 2;
        }
        html.text(literal.substring(from));
    }
}
