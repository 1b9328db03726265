package io.careers.contracts.kafka;

import io.careers.contracts.Topics;
import io.careers.contracts.id.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaAccessTest {

    @Test
    void everyContractTopicHasOneWriterAndTheSharedPartnerFeedNone() {
        Map<String, Set<String>> writers = KafkaAccess.platform().stream()
            .flatMap(grant -> grant.writes().stream().map(topic -> Map.entry(topic, grant.principal())))
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        assertEquals(Set.of("salary-service"), writers.get(Topics.OCCUPATION_STATS));
        assertEquals(Set.of("salary-service"), writers.get(Topics.RELEASE_EVENTS));
        assertEquals(Set.of("schools-service"), writers.get(Topics.LISTINGS));
        assertEquals(Set.of("articles-service"), writers.get(Topics.ARTICLES));
        assertEquals(Set.of("gateway"), writers.get(Topics.INTERACTIONS));
        for (String input : List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES, Topics.EMPLOYMENT_PROJECTIONS, Topics.SOC_CROSSWALK)) {
            assertEquals(Set.of(KafkaAccess.DATA_TEAM), writers.get(input), input);
            assertEquals(Set.of("salary-service"), writers.get(Topics.deadLetterOf(input)), "only its consumer refuses records");
        }
        // Partners write their own feeds; the shared topic is the admin's (operators' pipelines) alone.
        assertNull(writers.get(Topics.PARTNER_LISTINGS));
        writers.forEach((topic, principals) -> assertEquals(1, principals.size(), topic + " has one writer"));
    }

    @Test
    void aPartnerWritesOnlyItsOwnFeedAndSchoolsServiceRefusesFromIt() {
        List<KafkaGrant> grants = KafkaAccess.partner("mohawk-valley-cc");
        KafkaGrant partner = grants.get(0);
        assertEquals("partner-mohawk-valley-cc", partner.principal());
        assertEquals(Set.of("schools.partner-feed.mohawk-valley-cc.v1"), partner.writes());
        assertEquals(Set.of("schools.partner-feed.mohawk-valley-cc.v1.dlt"), partner.reads());
        assertFalse(partner.readsBrokerConfig());
        KafkaGrant schools = grants.get(1);
        assertEquals("schools-service", schools.principal());
        assertEquals(partner.writes(), schools.reads());
        assertEquals(partner.reads(), schools.writes());
        assertThrows(InvalidIdentifierException.class, () -> KafkaAccess.partner("../other"));
        assertThrows(InvalidIdentifierException.class, () -> KafkaAccess.partner("a.b"));
    }

    @Test
    void theFeedPatternMatchesEveryPartnersFeedAndNoOtherTopic() {
        Pattern feeds = Pattern.compile(Topics.PARTNER_FEED_PATTERN);
        String feed = Topics.partnerFeed("midwest-colleges");
        assertTrue(feeds.matcher(feed).matches());
        assertEquals("midwest-colleges", Topics.partnerOfFeed(feed));
        for (String other : List.of(Topics.deadLetterOf(feed), Topics.PARTNER_LISTINGS, Topics.LISTINGS, "schools.partner-feed..v1",
            "schools.partner-feed.a.b.v1")) {
            assertFalse(feeds.matcher(other).matches(), other);
            assertNull(Topics.partnerOfFeed(other), other);
        }
    }
}
