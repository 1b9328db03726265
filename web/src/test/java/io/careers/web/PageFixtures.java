package io.careers.web;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.CareerPage.ArticlePart;
import io.careers.contracts.page.CareerPage.Meta;
import io.careers.contracts.page.CareerPage.SalaryPart;
import io.careers.contracts.page.CareerPage.SchoolsPart;
import io.careers.contracts.page.CareerPage.Seo;
import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureCitation;
import io.careers.contracts.page.Link;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.page.Occupation.Projection;
import io.careers.contracts.page.Occupation.Wages;
import io.careers.contracts.page.School;
import io.careers.contracts.page.SectionHtml;
import io.careers.contracts.page.SectionStatus;
import io.careers.contracts.page.Video;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Career pages as the gateway's contract types, with the figures of the original Medical Records Administration page. */
public final class PageFixtures {
    private PageFixtures() {
    }

    /** Medical records and health information technicians, May 2013. */
    public static Occupation technicians() {
        return new Occupation("29-2071", "Medical Records and Health Information Technicians", "OEWS-2013-05", "2013-05",
            182_370L,
            new Wages(new BigDecimal("37710"), new BigDecimal("22250"), new BigDecimal("27490"), new BigDecimal("34970"),
                new BigDecimal("44370"), null),
            new Wages(new BigDecimal("18.13"), new BigDecimal("10.70"), new BigDecimal("13.22"), new BigDecimal("16.81"),
                new BigDecimal("21.33"), null),
            Map.of("annual.p90", "TOP_CODED", "hourly.p90", "TOP_CODED"),
            new Projection("2012-2022", new BigDecimal("22.0"), 14_900L),
            List.of(new OccupationRef("29-2072", "Medical Records Specialists", "2018"),
                new OccupationRef("29-9021", "Health Information Technologists and Medical Registrars", "2018")));
    }

    /** @return a school entry; sponsored ones carry the disclosure "Sponsored" */
    public static School school(String id, String name, boolean sponsored) {
        return new School(id, new School.Institution(name, "Utica", "NY"),
            new School.Program("Health Information Technology", "51.0707", "ASSOCIATE", "ONLINE"), sponsored,
            sponsored ? "Sponsored" : null);
    }

    /**
     * @param slug  the page's slug
     * @param title its title (text)
     * @return a whole page: article, salary and two schools, the first sponsored
     */
    public static CareerPage page(String slug, String title) {
        Citation citation = new Citation("BLS OEWS", "OEWS-2013-05", "2013-05");
        ArticlePart article = new ArticlePart(title, "Keep patients' records accurate.", "healthcare",
            List.of(new SectionHtml("Employment and Salary Information",
                "<p>As of May 2013, the median annual wage was $34,970.</p>")),
            List.of(citation), List.of(new FigureCitation("{{wage:29-2071:annual.median}}", "$34,970", citation)), 3,
            Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-02-01T10:00:00Z"), List.of("medical records"));
        SalaryPart salary = new SalaryPart(SectionStatus.OK, List.of(technicians()), Instant.now());
        SchoolsPart schools = new SchoolsPart(SectionStatus.OK,
            List.of(school("l-1", "Mohawk Valley Community College", true), school("l-2", "College of DuPage", false)),
            1, 2, 23, 12, Instant.now());
        Seo seo = new Seo(title, "Keep patients' records accurate.", "/careers/" + slug,
            Map.of("@context", "https://schema.org", "@type", "Article", "headline", title));
        return new CareerPage(slug, article, salary, schools, List.of(new Link("medical-coder", "Medical Coder")),
            List.of(new Video("What Does a Medical Examiner Do?", null, "https://videos.example/medical-examiner")),
            seo, new Meta(Instant.now(), List.of()));
    }

    /** @return the page with its schools section as the gateway shows it when schools-service is down */
    public static CareerPage withoutSchools(CareerPage page) {
        SchoolsPart none = new SchoolsPart(SectionStatus.UNAVAILABLE, List.of(), 1, 10, 0, 0, null);
        return new CareerPage(page.slug(), page.article(), page.salary(), none, page.relatedArticles(),
            page.relatedVideos(), page.seo(), new Meta(Instant.now(), List.of("schools")));
    }
}
