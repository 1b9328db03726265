package io.careers.contracts.id;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The written form of each identifier of the platform, in one place. Value types such as
 * {@link SocCode} check their text with it once, when they are made; parameter checks that must
 * name every bad field use {@link #problem(String)}.
 */
public enum IdentifierFormat {
    /** Standard Occupational Classification code. */
    SOC("a SOC code NN-NNNN, e.g. 29-2071", matching("\\d{2}-\\d{4}")),
    /** Classification of Instructional Programs (2020) code. */
    CIP("a CIP code NN.NNNN, e.g. 51.0707", matching("\\d{2}\\.\\d{4}")),
    /** URL path segment of an article or career page. */
    SLUG("a slug of lowercase letters, digits and single hyphens, e.g. medical-records-administration",
        matching("[a-z0-9]+(-[a-z0-9]+)*").and(text -> text.length() <= 200)),
    /** Month an OEWS release describes. */
    REFERENCE_PERIOD("a month YYYY-MM, e.g. 2013-05", matching("\\d{4}-(0[1-9]|1[0-2])")),
    /** Years an employment projection spans. */
    PROJECTION_PERIOD("a span of years YYYY-YYYY, e.g. 2012-2022", matching("\\d{4}-\\d{4}")),
    /** A data team's name for a release. */
    RELEASE_ID("a release id of 1 to 64 visible characters, e.g. OEWS-2013-05", matching("[\\x21-\\x7E]{1,64}")),
    /** A part of a release published by its own job, e.g. the state estimates. */
    RELEASE_PART("a release part name of 1 to 32 lowercase letters, digits or '-', e.g. state",
        matching("[a-z0-9][a-z0-9-]{0,31}")),
    /** OEWS area code. */
    AREA_CODE("a 7-digit OEWS area code, e.g. 0000000 for the nation", matching("\\d{7}")),
    /** The platform's id of a school listing. */
    LISTING_ID("a listing id of 1 to 64 letters, digits, '_' or '-', e.g. 3f2c9a10-...",
        matching("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")),
    /** A partner's id, chosen by an admin. */
    PARTNER_ID("a partner id of 2 to 63 lowercase letters, digits or '-', e.g. mohawk-valley-cc",
        matching("[a-z0-9][a-z0-9-]{1,62}")),
    /** A sponsorship campaign's id, chosen by an admin; partners' listings name it. */
    CAMPAIGN_ID("a campaign id of 1 to 100 letters, digits, '.', '_', '~' or '-', e.g. mvcc-hit",
        matching("[A-Za-z0-9._~-]{1,100}")),
    /** USPS code of a state or territory. */
    STATE_CODE("a USPS state or territory code, e.g. NY", StateCodes.ALL::contains);

    private final String description;
    private final Predicate<String> rule;

    IdentifierFormat(String description, Predicate<String> rule) {
        this.description = description;
        this.rule = rule;
    }

    /** @return what an identifier of this format is, e.g. {@code a SOC code NN-NNNN, e.g. 29-2071} */
    public String description() {
        return description;
    }

    /**
     * @param text any text, or null
     * @return whether it is an identifier of this format
     */
    public boolean matches(String text) {
        return text != null && rule.test(text);
    }

    /**
     * @param text any text, or null
     * @return null when it matches, else what is wrong, e.g. {@code must be a SOC code NN-NNNN, e.g. 29-2071; was '29'}
     */
    public String problem(String text) {
        return matches(text) ? null : "must be " + description + "; was " + (text == null ? "nothing" : "'" + text + "'");
    }

    /**
     * @param text the identifier's text
     * @return the same text, when it matches
     * @throws InvalidIdentifierException when it does not
     */
    public String require(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidIdentifierException(this, problem);
        }
        return text;
    }

    private static Predicate<String> matching(String regex) {
        return Pattern.compile(regex).asMatchPredicate();
    }

    /** USPS codes of the states, DC and the territories the schema accepts. */
    private static final class StateCodes {
        static final Set<String> ALL = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    }
}
