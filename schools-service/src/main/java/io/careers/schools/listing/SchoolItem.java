package io.careers.schools.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Program;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One entry of the Popular Schools listing.
 *
 * @param listingId     the listing (for interactions)
 * @param institutionId the institution
 * @param programId     the program, shared by every partner listing it
 * @param institution   name, city, state, ownership, website: plain text, never markup
 * @param program       the program
 * @param sponsored     true only while its campaign is active today
 * @param disclosure    the label to show with a sponsored entry (e.g. "Sponsored"); null for organic
 * @param rank          why it ranks where it does
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SchoolItem(String listingId, String institutionId, String programId, Institution institution, Program program, boolean sponsored,
                  @Nullable String disclosure, Rank rank) {

    /**
     * @param basis           {@code SPONSORED_PRIORITY} or {@code POPULARITY}
     * @param priority        campaign priority, for a sponsored entry
     * @param interactions30d views and clicks over the last 30 days
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Rank(String basis, @Nullable Integer priority, long interactions30d) {
    }
}
