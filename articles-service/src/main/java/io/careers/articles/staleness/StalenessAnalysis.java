package io.careers.articles.staleness;

import io.careers.articles.article.ArticleContent;
import io.careers.articles.article.LiveArticle;
import io.careers.articles.figure.FigureResolver;
import io.careers.articles.figure.FigureToken;
import io.careers.articles.figure.FigureTokens;
import io.careers.articles.figure.OccupationFigures;
import io.careers.articles.figure.RenderedFigure;
import io.careers.articles.staleness.StaleFiguresReport.ChangedFigure;
import io.careers.articles.staleness.StaleFiguresReport.OutdatedPeriod;
import io.careers.articles.staleness.StaleFiguresReport.ReplacedOccupation;
import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes the staleness report from live articles, the figure read model and a promotion. */
final class StalenessAnalysis {
    private static final Pattern TYPED_DATE = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
        + "|September|October|November|December)\\s+((?:19|20)\\d{2})\\b");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December");

    private final FigureResolver resolver;
    private final Map<String, OccupationFigures> figures;
    private final List<ChangedFigure> changed = new ArrayList<>();
    private final List<OutdatedPeriod> outdated = new ArrayList<>();
    private final List<ReplacedOccupation> replaced = new ArrayList<>();

    StalenessAnalysis(FigureResolver resolver, Map<String, OccupationFigures> figures) {
        this.resolver = resolver;
        this.figures = figures;
    }

    /** @return the SOC codes an article is bound to: its occupations and those of its tokens */
    static Set<String> codesOf(ArticleContent content) {
        Set<String> codes = new LinkedHashSet<>(content.occupations());
        content.markdown().forEach(m -> FigureTokens.scan(m).tokens().forEach(t -> codes.add(t.occupation())));
        return codes;
    }

    StaleFiguresReport report(@Nullable Promotion promotion, List<LiveArticle> articles) {
        for (LiveArticle article : articles) {
            if (promotion != null) {
                List<String> markdown = article.content().markdown();
                for (int section = 0; section < markdown.size(); section++) {
                    tokens(article, section, markdown.get(section), promotion);
                    typedDates(article, section, markdown.get(section), promotion.referencePeriod());
                }
            }
            lineage(article);
        }
        return new StaleFiguresReport(promotion, Instant.now(), changed, outdated, replaced);
    }

    private void tokens(LiveArticle article, int section, String markdown, Promotion promotion) {
        for (FigureToken token : FigureTokens.scan(markdown).tokens()) {
            if (token.kind() == FigureToken.Kind.PROJECTION || token.kind() == FigureToken.Kind.PERIOD && token.live()) {
                continue;
            }
            if (!token.live()) {
                if (token.pin().compareTo(promotion.referencePeriod()) < 0) {
                    outdated.add(new OutdatedPeriod(article.id(), article.content().slug(), article.content().title(),
                        section, token.line(), token.text(), "PINNED_TOKEN", token.pin(), promotion.referencePeriod()));
                }
                continue;
            }
            if (promotion.previousReferencePeriod() == null || !promotion.changedOccupations().contains(token.occupation())) {
                continue;
            }
            OccupationFigures occupation = figures.get(token.occupation());
            // Compared without their dates, which differ between any two releases.
            RenderedFigure now = resolver.resolve(token.undatedAt(null), occupation);
            // What readers saw: the previous release's figure, or, for an occupation it lacks, an older one.
            String shown = occupation == null ? promotion.previousReferencePeriod()
                : occupation.periodShownWhileCurrent(promotion.previousReferencePeriod());
            RenderedFigure before = resolver.resolve(token.undatedAt(shown), occupation);
            if (!now.text().equals(before.text())) {
                changed.add(new ChangedFigure(article.id(), article.content().slug(), article.content().title(), section,
                    token.text(), before.text(), now.text(), percent(before.value(), now.value())));
            }
        }
    }

    private void typedDates(LiveArticle article, int section, String markdown, String currentPeriod) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Tokens render their own periods; only words typed by hand count here.
            Matcher m = TYPED_DATE.matcher(lines[i].replaceAll("\\{\\{[^}]*}}", " "));
            while (m.find()) {
                String period = m.group(2) + "-" + String.format("%02d", MONTHS.indexOf(m.group(1)) + 1);
                if (period.compareTo(currentPeriod) < 0) {
                    outdated.add(new OutdatedPeriod(article.id(), article.content().slug(), article.content().title(),
                        section, i + 1, m.group(), "TEXT", period, currentPeriod));
                }
            }
        }
    }

    private void lineage(LiveArticle article) {
        for (String code : codesOf(article.content())) {
            OccupationFigures occupation = figures.get(code);
            if (occupation != null && !occupation.lineage().successors().isEmpty()) {
                replaced.add(new ReplacedOccupation(article.id(), article.content().slug(), article.content().title(),
                    new OccupationRef(code, occupation.title(), null), occupation.lineage().successors()));
            }
        }
    }

    private static BigDecimal percent(@Nullable BigDecimal before, @Nullable BigDecimal now) {
        if (before == null || now == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }
}
