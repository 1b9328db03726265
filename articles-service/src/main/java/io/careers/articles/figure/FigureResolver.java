package io.careers.articles.figure;

import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.page.FigureFormat;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.contracts.salary.TopCodes;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Turns a token into the text readers see, from the read model only. A footnoted or missing
 * figure is never replaced by a number: it is "not available", or "or more" when top-coded.
 */
@Singleton
public record FigureResolver(TopCodes topCodes) {
    /**
     * @param token   the token
     * @param figures what the read model has of its occupation, or null
     * @return the figure to show
     */
    public RenderedFigure resolve(FigureToken token, @Nullable OccupationFigures figures) {
        RenderedFigure figure = figure(token, figures);
        return token.dated() && token.kind() != FigureToken.Kind.PERIOD ? figure.dated() : figure;
    }

    private RenderedFigure figure(FigureToken token, @Nullable OccupationFigures figures) {
        if (figures == null) {
            return RenderedFigure.notAvailable(null);
        }
        if (token.kind() == FigureToken.Kind.PROJECTION) {
            ProjectionFigures projection = token.live() ? figures.projection() : figures.projections().get(token.pin());
            return projection == null ? RenderedFigure.notAvailable(null) : projection(token.measure(), projection);
        }
        NationalFigures release = token.live() ? figures.current() : figures.ofPeriod(token.pin()).orElse(null);
        if (release == null) {
            return RenderedFigure.notAvailable(null);
        }
        Citation citation = new Citation(Citation.OEWS, release.releaseId(), release.referencePeriod());
        return switch (token.kind()) {
            case PERIOD -> new RenderedFigure(FigureFormat.period(release.referencePeriod()), null, citation);
            case EMPLOYMENT -> release.footnotes().containsKey("employment") || release.employment() == null
                ? RenderedFigure.notAvailable(citation)
                : new RenderedFigure(FigureFormat.jobs(release.employment()), BigDecimal.valueOf(release.employment()), citation);
            case WAGE -> wage(token.measure(), release, citation);
            case PROJECTION -> throw new IllegalStateException("handled above");
        };
    }

    private RenderedFigure wage(String measurePath, NationalFigures release, Citation citation) {
        boolean annual = measurePath.startsWith("annual.");
        Footnote footnote = release.footnotes().get(measurePath);
        if (footnote == Footnote.TOP_CODED) {
            return new RenderedFigure(topCodes.text(release.referencePeriod(), annual), null, citation);
        }
        if (footnote != null) {
            return RenderedFigure.notAvailable(citation);
        }
        WageMeasures measures = annual ? release.annual() : release.hourly();
        BigDecimal value = measures == null ? null : pick(measures, measurePath.substring(measurePath.indexOf('.') + 1));
        if (value == null) {
            return RenderedFigure.notAvailable(citation);
        }
        return new RenderedFigure(annual ? FigureFormat.annual(value) : FigureFormat.hourly(value), value, citation);
    }

    private static BigDecimal pick(WageMeasures measures, String measure) {
        return switch (measure) {
            case "mean" -> measures.mean();
            case "p10" -> measures.p10();
            case "p25" -> measures.p25();
            case "median" -> measures.median();
            case "p75" -> measures.p75();
            case "p90" -> measures.p90();
            default -> throw new IllegalArgumentException("unknown wage measure " + measure);
        };
    }

    private static RenderedFigure projection(String measure, ProjectionFigures projection) {
        Citation citation = new Citation(Citation.PROJECTIONS, null, projection.period());
        return switch (measure) {
            case "percentChange" -> projection.percentChange() == null ? RenderedFigure.notAvailable(citation)
                : new RenderedFigure(FigureFormat.percent(projection.percentChange()), projection.percentChange(), citation);
            case "baseEmployment" -> count(projection.baseEmployment(), "%,d jobs", citation);
            case "projectedEmployment" -> count(projection.projectedEmployment(), "%,d jobs", citation);
            case "annualOpenings" -> count(projection.annualOpenings(), "%,d openings a year", citation);
            default -> throw new IllegalArgumentException("unknown projection measure " + measure);
        };
    }

    private static RenderedFigure count(@Nullable Long value, String format, Citation citation) {
        return value == null ? RenderedFigure.notAvailable(citation)
            : new RenderedFigure(String.format(Locale.US, format, value), BigDecimal.valueOf(value), citation);
    }
}
