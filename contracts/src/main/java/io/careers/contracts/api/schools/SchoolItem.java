package io.careers.contracts.api.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Program;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One entry of the Popular Schools listing ({@code GET /api/v1/schools}).
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
public record SchoolItem(@Identifier(IdentifierFormat.LISTING_ID) String listingId,
                         @NotNull @Size(max = 100) String institutionId,
                         @NotNull @Size(max = 100) String programId,
                         @Valid @NotNull Institution institution,
                         @Valid @NotNull Program program,
                         boolean sponsored,
                         @Nullable @Size(max = 200) String disclosure,
                         @Valid @NotNull Rank rank) {
    /**
     * @param basis           {@code SPONSORED_PRIORITY} or {@code POPULARITY}
     * @param priority        campaign priority, for a sponsored entry
     * @param interactions30d views and clicks over the last 30 days
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rank(@NotNull @Size(max = 40) String basis, @Nullable Integer priority,
                       @PositiveOrZero long interactions30d) {
    }
}
