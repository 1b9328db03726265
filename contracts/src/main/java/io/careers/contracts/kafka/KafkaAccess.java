package io.careers.contracts.kafka;

import io.careers.contracts.Topics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may read and write which topic: the platform's Kafka ACLs in one table. Each service has a
 * principal of its own that writes only the topics it owns (and the dead-letter topics of what it
 * consumes) and reads only what it consumes; data teams write the release topics; each partner that
 * feeds through Kafka writes only its own feed topic ({@link Topics#partnerFeed}). The broker is
 * provisioned from this table (testkit's {@code KafkaProvisioning}), so a new topic or consumer is
 * granted here and nowhere else.
 */
public final class KafkaAccess {
    /** The broker's own user and the operators': a super user, the only one that manages ACLs and users. */
    public static final String ADMIN = "admin";
    /** The data teams' tools: publish releases, projections and crosswalks; read their dead letters. */
    public static final String DATA_TEAM = "data-team";
    /** Prefix of a partner's principal: {@code partner-<partnerId>}. */
    public static final String PARTNER_PREFIX = "partner-";
    /**
     * What a partner's principal may write per second, in bytes (a Kafka user quota): 4 MiB, about
     * the partner API's 10,000 listings a second. Above it the broker delays that partner's producer;
     * the platform's own principals have no quota.
     */
    public static final long PARTNER_FEED_BYTES_PER_SECOND = 4L << 20;

    private static final List<String> DATA_TEAM_TOPICS = List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES,
        Topics.EMPLOYMENT_PROJECTIONS, Topics.SOC_CROSSWALK);

    private KafkaAccess() {
    }

    /** @return the grants of the four services and the data team */
    public static List<KafkaGrant> platform() {
        return List.of(
            service("salary-service", "salary", DATA_TEAM_TOPICS,
                List.of(Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS), List.of()),
            service("schools-service", "schools", List.of(Topics.PARTNER_LISTINGS, Topics.INTERACTIONS),
                List.of(Topics.LISTINGS), List.of()),
            service("articles-service", "articles", List.of(Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS),
                List.of(Topics.ARTICLES), List.of()),
            service("gateway", "gateway", List.of(), List.of(Topics.INTERACTIONS),
                List.of(Topics.ARTICLES, Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS, Topics.LISTINGS)),
            new KafkaGrant(DATA_TEAM,
                // Reads its dead letters (dead-letters list, publish-release's report) and replays them.
                Set.copyOf(DATA_TEAM_TOPICS.stream().map(Topics::deadLetterOf).toList()),
                Set.copyOf(DATA_TEAM_TOPICS), Set.of(), DATA_TEAM, Set.of("salary"), false));
    }

    /**
     * The grants of a partner that feeds its listings through Kafka: the partner writes its feed and
     * reads what was refused from it; schools-service reads the feed and writes the refusals.
     *
     * @param partnerId the partner
     * @return the partner's grant, then schools-service's grant on that partner's topics
     */
    public static List<KafkaGrant> partner(String partnerId) {
        String feed = Topics.partnerFeed(partnerId);
        String refusals = Topics.deadLetterOf(feed);
        return List.of(
            new KafkaGrant(partnerPrincipal(partnerId), Set.of(refusals), Set.of(feed), Set.of(),
                partnerPrincipal(partnerId), Set.of(), false),
            new KafkaGrant("schools-service", Set.of(feed), Set.of(refusals), Set.of(feed, refusals), null, Set.of(), true));
    }

    /**
     * @param partnerId a partner id
     * @return the principal that partner's feed is written with
     */
    public static String partnerPrincipal(String partnerId) {
        return PARTNER_PREFIX + partnerId;
    }

    /** @return the principal of every service and of the data team, each once */
    public static List<String> platformPrincipals() {
        return platform().stream().map(KafkaGrant::principal).distinct().toList();
    }

    /**
     * A service's grant: it reads and dead-letters what it consumes, writes what it owns, reads what
     * it watches, and creates all of them (services declare their topics at start).
     */
    private static KafkaGrant service(String principal, String groupPrefix, List<String> consumes,
                                      List<String> owns, List<String> watches) {
        Set<String> reads = new HashSet<>(consumes);
        reads.addAll(watches);
        Set<String> writes = new HashSet<>(owns);
        consumes.forEach(topic -> writes.add(Topics.deadLetterOf(topic)));
        Set<String> creates = new HashSet<>(reads);
        creates.addAll(writes);
        return new KafkaGrant(principal, reads, writes, creates, groupPrefix, Set.of(), true);
    }

    /** @return every topic some grant of the platform names, for checks that the table is complete */
    public static Set<String> platformTopics() {
        Set<String> topics = new HashSet<>();
        platform().forEach(grant -> Stream.of(grant.reads(), grant.writes(), grant.creates()).forEach(topics::addAll));
        return topics;
    }
}
