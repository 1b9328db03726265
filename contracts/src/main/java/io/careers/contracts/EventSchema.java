package io.careers.contracts;

/**
 * The JSON Schema of each event of contracts v1, one file under {@code schemas/} on the classpath.
 * Services validate incoming records with them; tests check every record against them.
 */
public enum EventSchema {
    WAGE_ESTIMATE("wage-estimate"),
    RELEASE_COMPLETION("release-completion"),
    EMPLOYMENT_PROJECTION("employment-projection"),
    SOC_CROSSWALK_LINK("soc-crosswalk-link"),
    LISTING_DOCUMENT("listing-document"),
    PARTNER_LISTING("partner-listing"),
    OCCUPATION_STATS_CHANGED("occupation-stats-changed"),
    RELEASE_PROMOTED("release-promoted"),
    LISTING_UPSERTED("listing-upserted"),
    LISTING_WITHDRAWN("listing-withdrawn"),
    ARTICLE_PUBLISHED("article-published"),
    ARTICLE_UNPUBLISHED("article-unpublished"),
    LISTING_VIEWED("listing-viewed"),
    LISTING_CLICKED("listing-clicked");

    /** Base of every schema's {@code $id}; maps to {@code classpath:schemas/}. */
    public static final String ID_BASE = "https://careers.example/schemas/v1/";

    private final String name;

    EventSchema(String name) {
        this.name = name;
    }

    /** @return the schema's file name without {@code .schema.json} */
    public String fileName() {
        return name;
    }

    /** @return the schema's {@code $id} */
    public String id() {
        return ID_BASE + name + ".schema.json";
    }
}
