package io.careers.schools.campaign;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.schools.CampaignReference;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a partner's listing may be placed by the campaign it names: the campaign must be the
 * partner's own and not over, and what the document repeats of its terms must be the campaign's.
 * A partner sets none of them: not a higher priority, not other dates, not its own disclosure text.
 */
final class CampaignReferences {
    private CampaignReferences() {
    }

    /**
     * @param reference what the document asks for
     * @param campaign  the partner's campaign of that id, or null when the partner has none
     * @param today     the day of the write
     * @param prefix    field prefix, e.g. {@code [3].} in a batch
     * @return the problems, by field; empty when the listing may name it
     */
    static List<FieldError> check(CampaignReference reference, @Nullable Campaign campaign, LocalDate today, String prefix) {
        String field = prefix + "sponsorship.";
        List<FieldError> errors = new ArrayList<>();
        if (campaign == null) {
            // Another partner's campaign gets the same answer as none: ids of others are not revealed.
            errors.add(new FieldError(field + "campaignId", "you have no campaign '" + reference.campaignId()
                + "': an admin grants campaigns; GET /api/v1/partner/campaigns lists yours"));
            return errors;
        }
        if (campaign.endedBefore(today)) {
            errors.add(new FieldError(field + "campaignId", "campaign '" + campaign.campaignId() + "' ended on "
                + campaign.activeTo() + ": leave sponsorship out, or name a campaign that runs"));
        }
        same(errors, field + "priority", reference.priority(), campaign.priority(), campaign);
        same(errors, field + "activeFrom", reference.activeFrom(), campaign.activeFrom(), campaign);
        same(errors, field + "activeTo", reference.activeTo(), campaign.activeTo(), campaign);
        same(errors, field + "disclosure", reference.disclosure(), campaign.disclosure().label(), campaign);
        return errors;
    }

    private static void same(List<FieldError> errors, String field, @Nullable Object sent, Object campaigns, Campaign campaign) {
        if (sent != null && !Objects.equals(sent, campaigns)) {
            errors.add(new FieldError(field, "is set by campaign '" + campaign.campaignId() + "' (" + campaigns
                + "), not by the listing: leave it out"));
        }
    }
}
