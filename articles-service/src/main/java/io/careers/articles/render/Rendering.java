package io.careers.articles.render;

import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.api.articles.FigureCitation;

import java.util.List;

/**
 * Markdown sections rendered to safe HTML with their figures filled in.
 *
 * @param html      one HTML fragment per section, in order
 * @param citations the sources of the figures shown, each once, in order of first appearance
 * @param figures   each distinct figure token with what it shows and its source, in order of first appearance
 */
public record Rendering(List<String> html, List<Citation> citations, List<FigureCitation> figures) {
}
