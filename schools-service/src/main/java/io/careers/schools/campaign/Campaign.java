package io.careers.schools.campaign;

import io.careers.contracts.schools.Sponsorship;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A paid placement an admin granted a partner: its listings that name it rank first, by priority,
 * from {@code activeFrom} to {@code activeTo}, labelled with the disclosure.
 *
 * @param campaignId its id, e.g. {@code mvcc-hit}; unique across partners
 * @param partnerId  the partner whose listings may name it
 * @param priority   rank among sponsored placements, higher first (1 to 1000)
 * @param activeFrom first day
 * @param activeTo   last day
 * @param disclosure the label shown
 * @param createdBy  the admin who created it
 * @param createdAt  when
 * @param updatedBy  the admin who changed it last
 * @param updatedAt  when
 */
@MappedEntity("campaign")
@Serdeable
public record Campaign(@Id String campaignId, String partnerId, int priority, LocalDate activeFrom, LocalDate activeTo,
                       Disclosure disclosure, String createdBy, @Nullable Instant createdAt, String updatedBy,
                       @Nullable Instant updatedAt) {

    /** @return the placement a listing of this campaign has */
    public Sponsorship sponsorship() {
        return new Sponsorship(campaignId, priority, activeFrom, activeTo, disclosure.label());
    }

    /** @return whether it ended before {@code day} */
    public boolean endedBefore(LocalDate day) {
        return activeTo.isBefore(day);
    }
}
