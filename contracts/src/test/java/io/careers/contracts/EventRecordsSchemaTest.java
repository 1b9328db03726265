package io.careers.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.articles.ArticlePublished;
import io.careers.contracts.articles.ArticleUnpublished;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.contracts.salary.Wages;
import io.careers.contracts.schools.CampaignReference;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.ListingDocument;
import io.careers.contracts.schools.ListingUpserted;
import io.careers.contracts.schools.ListingWithdrawn;
import io.careers.contracts.schools.Ownership;
import io.careers.contracts.schools.PartnerListing;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every record, serialised the way the services serialise it, is valid against its schema and reads back equal. */
class EventRecordsSchemaTest {
    private static final ObjectMapper SERDE = ObjectMapper.getDefault();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final OccupationRef HIT_2010 =
        new OccupationRef("29-2071", "Medical Records and Health Information Technicians", "2010");
    private static final WageMeasures ANNUAL = new WageMeasures(new BigDecimal("37250"), new BigDecimal("22590"),
        new BigDecimal("27150"), new BigDecimal("34970"), new BigDecimal("44410"), null);
    private static final WageMeasures HOURLY = new WageMeasures(new BigDecimal("17.91"), null, null,
        new BigDecimal("16.81"), null, null);
    private static final NationalFigures FIGURES = new NationalFigures("OEWS-2013-05", "2013-05", 182370L, HOURLY, ANNUAL,
        Map.of("annual.p90", Footnote.TOP_CODED));
    private static final Institution MVCC = new Institution("Mohawk Valley Community College", "Utica", "NY",
        Ownership.PUBLIC, "https://www.mvcc.edu");
    private static final Program HIT = new Program("Health Information Technology", "51.0707", Credential.ASSOCIATE,
        Delivery.ONLINE, List.of("CAHIIM"), null);
    private static final Sponsorship SPRING = new Sponsorship("spring-hit", 10, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), "Sponsored");

    static Stream<Arguments> records() {
        return Stream.of(
            Arguments.of(EventSchema.WAGE_ESTIMATE, new WageEstimate("OEWS-2013-05", "2013-05", HIT_2010,
                new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, "U.S."), 182370L, new Wages(HOURLY, ANNUAL),
                Map.of("annual.p90", Footnote.TOP_CODED), 0)),
            Arguments.of(EventSchema.RELEASE_COMPLETION,
                ReleaseCompletion.whole("OEWS-2013-05", "2013-05", 830)),
            Arguments.of(EventSchema.RELEASE_COMPLETION, ReleaseCompletion.part("OEWS-2013-05", "2013-05", 420, "state",
                List.of("national", "state", "metro", "nonmetro"))),
            Arguments.of(EventSchema.SOC_CROSSWALK_LINK, new SocCrosswalkLink(HIT_2010,
                new OccupationRef("29-2072", "Medical Records Specialists", "2018"))),
            Arguments.of(EventSchema.EMPLOYMENT_PROJECTION, new EmploymentProjection("2012-2022", 2012, 2022, HIT_2010,
                186300L, 227400L, new BigDecimal("22.0"), null, "Postsecondary nondegree award")),
            Arguments.of(EventSchema.LISTING_DOCUMENT, new ListingDocument("mvcc-hit-aas", MVCC, HIT, CampaignReference.to("spring-hit"))),
            Arguments.of(EventSchema.PARTNER_LISTING, new PartnerListing("acme", "mvcc-hit-aas", MVCC, HIT, null)),
            Arguments.of(EventSchema.PARTNER_LISTING, new PartnerListing("acme", "mvcc-hit-aas", MVCC, HIT,
                new CampaignReference("spring-hit", 10, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Sponsored"))),
            Arguments.of(EventSchema.OCCUPATION_STATS_CHANGED, OccupationStatsChanged.of(HIT_2010, FIGURES,
                List.of(FIGURES), new ProjectionFigures("2012-2022", 2012, 2022, 186300L, 227400L,
                    new BigDecimal("22.0"), null, "Postsecondary nondegree award"),
                new Lineage(List.of(), List.of(new OccupationRef("29-2072", "Medical Records Specialists", "2018"),
                    new OccupationRef("29-9021", "Health Information Technologists and Medical Registrars", "2018"))))),
            Arguments.of(EventSchema.OCCUPATION_STATS_CHANGED,
                OccupationStatsChanged.of(HIT_2010, null, List.of(), null, Lineage.none())),
            Arguments.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.of("OEWS-2013-05", "2013-05", "OEWS", 830,
                "OEWS-2012-05", "2012-05", List.of("29-2071"))),
            Arguments.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.of("OEWS-2013-05", "2013-05", "OEWS", 830,
                null, null, List.of())),
            Arguments.of(EventSchema.LISTING_UPSERTED,
                ListingUpserted.of("l-1", "acme", "mvcc-hit-aas", "i-1", "p-1", MVCC, HIT, SPRING, 3)),
            Arguments.of(EventSchema.LISTING_WITHDRAWN, ListingWithdrawn.of("l-1", "acme", "mvcc-hit-aas", "51.0707")),
            Arguments.of(EventSchema.ARTICLE_PUBLISHED, ArticlePublished.of(UUID.randomUUID(),
                "medical-records-administration", List.of(), "Medical Records Administration", "Find out ...",
                "healthcare", 3, Instant.parse("2026-11-01T10:00:00Z"), List.of("29-2071", "31-9092"),
                List.of("51.0707"))),
            Arguments.of(EventSchema.ARTICLE_UNPUBLISHED,
                ArticleUnpublished.of(UUID.randomUUID(), "medical-records-administration", List.of("old-slug"))),
            Arguments.of(EventSchema.LISTING_VIEWED, ListingViewed.of("l-1", "medical-records-administration")),
            Arguments.of(EventSchema.LISTING_CLICKED, ListingClicked.of("l-1", "medical-records-administration")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void serialisedRecordIsValidAndReadsBack(EventSchema schema, Object record) throws IOException {
        String json = SERDE.writeValueAsString(record);
        JsonNode tree = JSON.readTree(json);
        assertEquals(List.of(), ContractSchemas.validate(schema, tree), json);
        assertEquals(record, SERDE.readValue(json, record.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyComponentThatCannotBeNullIsRequiredByTheSchema(EventSchema schema, Object record) {
        // A field the record always has must be required: a schema that lost a requirement would let
        // producers leave it out, and consumers would bind null where the record promises a value.
        Set<String> missing = ContractSchemas.validate(schema, JSON.createObjectNode()).stream()
            .map(SchemaViolation::field).collect(Collectors.toSet());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            boolean nullable = component.isAnnotationPresent(Nullable.class)
                || component.getAccessor().isAnnotationPresent(Nullable.class);
            if (!nullable) {
                assertTrue(missing.contains(component.getName()),
                    schema + " does not require " + component.getName() + ", which " + record.getClass().getSimpleName()
                        + " always has; an empty object lacks only " + missing);
            }
        }
    }

    @ParameterizedTest(name = "{0} has a schema on the classpath")
    @org.junit.jupiter.params.provider.EnumSource(EventSchema.class)
    void everySchemaLoadsAndRefusesAnEmptyObject(EventSchema schema) {
        // Every schema requires fields: an empty object must be refused, naming what it lacks. A
        // schema that did not resolve its references, or required nothing, would let it through.
        List<SchemaViolation> violations = ContractSchemas.validate(schema, JSON.createObjectNode());
        assertFalse(violations.isEmpty(), schema + " accepts an empty object");
        assertTrue(violations.stream().allMatch(v -> v.message().equals("is required")), violations.toString());
    }
}
