package io.careers.web.career;

import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.CareerPage.SalaryPart;
import io.careers.contracts.page.CareerPage.SchoolsPart;
import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureFormat;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.page.SectionStatus;
import io.careers.web.site.Pager;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the career page template shows: the gateway's payload, and what is derived from it for
 * readers (formatted tables, chart geometry, paging links, notices of degraded sections).
 *
 * @param page       the payload
 * @param wageTables one table per occupation
 * @param wageCharts one chart of annual percentiles per occupation that has any
 * @param growth     projected growth of the occupations, or null
 * @param schools    paging links of Popular Schools
 * @param jsonLd     the payload's JSON-LD, safe inside a {@code <script>} element
 * @param notices    what readers should know about sections that are not fresh (text)
 */
public record CareerView(CareerPage page, List<WageTable> wageTables, List<BarChart> wageCharts,
                         @Nullable BarChart growth, Pager schools, String jsonLd, List<String> notices) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /**
     * @param page   the payload
     * @param jsonLd its JSON-LD serialised as JSON
     * @return the view
     */
    public static CareerView of(CareerPage page, String jsonLd) {
        List<Occupation> occupations = page.salary().occupations();
        SchoolsPart schools = page.schools();
        String path = page.seo().canonicalPath();
        return new CareerView(page,
            occupations.stream().map(WageTable::of).toList(),
            occupations.stream().map(BarChart::wages).filter(Objects::nonNull).toList(),
            BarChart.growth(occupations),
            Pager.of(schools.page(), schools.totalPages(), n -> path + "?schoolsPage=" + n + "#schools"),
            scriptSafe(jsonLd),
            notices(page));
    }

    /** {@code </script>} inside the JSON would end the element early: {@code <} is written as a JSON escape. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    static List<String> notices(CareerPage page) {
        List<String> notices = new ArrayList<>();
        if (page.meta().degraded().contains("article")) {
            notices.add("This article is shown from a saved copy: the latest edits may be missing for a moment.");
        }
        SalaryPart salary = page.salary();
        if (salary.status() == SectionStatus.STALE) {
            notices.add("Salary figures could not be refreshed just now: shown as saved earlier.");
        } else if (salary.status() == SectionStatus.UNAVAILABLE) {
            notices.add("Salary figures are unavailable just now. Please try again in a moment.");
        }
        if (page.schools().status() == SectionStatus.STALE) {
            notices.add("Popular Schools could not be refreshed just now: shown as saved earlier.");
        } else if (page.schools().status() == SectionStatus.UNAVAILABLE) {
            notices.add("Popular Schools are unavailable just now. Please try again in a moment.");
        }
        return List.copyOf(notices);
    }

    /**
     * @param citation a figure's source, or null when the figure could not be shown
     * @return e.g. {@code BLS OEWS, May 2013 (release OEWS-2013-05)}
     */
    public static String source(@Nullable Citation citation) {
        if (citation == null) {
            return "no current figure";
        }
        String period = IdentifierFormat.REFERENCE_PERIOD.matches(citation.referencePeriod())
            ? FigureFormat.period(citation.referencePeriod()) : citation.referencePeriod();
        return citation.source() + ", " + period
            + (citation.releaseId() == null ? "" : " (release " + citation.releaseId() + ")");
    }

    /** @return e.g. {@code Medical and Health Services Managers, 2012-2022: 22%, 14,900 openings a year} */
    public static String projection(Occupation occupation) {
        Occupation.Projection projection = Objects.requireNonNull(occupation.projection());
        StringBuilder text = new StringBuilder(occupation.title()).append(", ").append(projection.period()).append(": ");
        text.append(projection.percentChange() == null ? "change not available"
            : FigureFormat.percent(projection.percentChange()) + " change in employment");
        if (projection.annualOpenings() != null) {
            text.append(String.format(Locale.US, ", %,d openings a year", projection.annualOpenings()));
        }
        return text.toString();
    }

    /** @return an enum name of the payload as a word: {@code ASSOCIATE} as {@code Associate}, {@code IN_PERSON} as {@code In person} */
    public static String label(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** @return when the live revision went live, e.g. {@code January 5, 2026}; empty when unknown */
    public String updated() {
        Instant at = page.article().updatedAt() != null ? page.article().updatedAt() : page.article().publishedAt();
        return at == null ? "" : DATE.format(at.atZone(ZoneOffset.UTC));
    }

    /** @return whether the salary section has anything to show */
    public boolean hasSalary() {
        return !page.salary().occupations().isEmpty();
    }
}
