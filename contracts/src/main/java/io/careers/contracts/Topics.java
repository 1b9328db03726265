package io.careers.contracts;

import io.careers.contracts.id.IdentifierFormat;

/**
 * Kafka topic names of contracts v1. The names are fixed by the public contract; a breaking
 * change gets a new {@code .v2} topic beside these.
 */
public final class Topics {
    /** One OEWS wage estimate per record, published by data teams. Key {@code releaseId:areaCode:socCode}. */
    public static final String WAGE_ESTIMATES = "salary.wage-estimates.v1";
    /** A release is complete, published by data teams. Key {@code releaseId}. */
    public static final String RELEASES = "salary.releases.v1";
    /** One employment projection per record. Key {@code projectionPeriod:socCode}. */
    public static final String EMPLOYMENT_PROJECTIONS = "salary.employment-projections.v1";
    /**
     * One link of a SOC crosswalk (a code of one revision to a code of the next), published by data
     * teams. Key {@code fromVersion:fromCode:toVersion:toCode}.
     */
    public static final String SOC_CROSSWALK = "salary.soc-crosswalk.v1";
    /** A partner's listing, or a tombstone withdrawing it. Key {@code partnerId:externalId}. */
    public static final String PARTNER_LISTINGS = "schools.partner-listings.v1";

    /**
     * Prefix of a partner's own feed topic, {@code schools.partner-feed.<partnerId>.v1}: the same
     * records as {@link #PARTNER_LISTINGS}, written with the partner's own Kafka principal, which may
     * write no other partner's feed.
     */
    public static final String PARTNER_FEED_PREFIX = "schools.partner-feed.";
    /** Every partner's feed topic and no dead-letter topic: what schools-service subscribes to. */
    public static final String PARTNER_FEED_PATTERN = "schools\\.partner-feed\\.[a-z0-9][a-z0-9-]{1,62}\\.v1";

    /** Current national figures of one occupation changed. Key: SOC code. */
    public static final String OCCUPATION_STATS = "salary.occupation-stats.v1";
    /** A release became current. Key: release id. */
    public static final String RELEASE_EVENTS = "salary.release-events.v1";
    /** A listing was upserted or withdrawn. Key: listing id. */
    public static final String LISTINGS = "schools.listings.v1";
    /** An article was published or unpublished. Key: article id. */
    public static final String ARTICLES = "articles.articles.v1";
    /** A listing was viewed or clicked on a page. Key: listing id. */
    public static final String INTERACTIONS = "gateway.interactions.v1";

    /** Suffix of every dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Partitions of every topic the platform creates (contracts: "3 partitions"). */
    public static final int PARTITIONS = 3;

    private Topics() {
    }

    /**
     * A partner's own feed topic.
     *
     * @param partnerId the partner
     * @return {@code schools.partner-feed.<partnerId>.v1}
     * @throws io.careers.contracts.id.InvalidIdentifierException when it is not a partner id
     */
    public static String partnerFeed(String partnerId) {
        return PARTNER_FEED_PREFIX + IdentifierFormat.PARTNER_ID.require(partnerId) + ".v1";
    }

    /**
     * The partner whose feed a topic is.
     *
     * @param topic a topic name
     * @return the partner, or null when the topic is not a partner's feed
     */
    public static String partnerOfFeed(String topic) {
        if (!topic.startsWith(PARTNER_FEED_PREFIX) || !topic.endsWith(".v1")) {
            return null;
        }
        String partnerId = topic.substring(PARTNER_FEED_PREFIX.length(), topic.length() - ".v1".length());
        return IdentifierFormat.PARTNER_ID.matches(partnerId) ? partnerId : null;
    }

    /**
     * The dead-letter topic of a topic.
     *
     * @param topic the topic a record could not be processed from
     * @return {@code <topic>.dlt}
     */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
