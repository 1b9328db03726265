package io.careers.schools.campaign;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import io.careers.contracts.schools.CampaignReference;
import io.careers.contracts.schools.Sponsorship;
import io.careers.schools.partner.PartnerRepository;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Campaigns: admins grant and change them; partners' listings are placed by them. The one place
 * that says which sponsorship a listing has.
 */
@Singleton
public class Campaigns {
    private final CampaignRepository campaigns;
    private final PartnerRepository partners;
    private final ApplicationEventPublisher<CampaignChanged> changes;

    Campaigns(CampaignRepository campaigns, PartnerRepository partners, ApplicationEventPublisher<CampaignChanged> changes) {
        this.campaigns = campaigns;
        this.partners = partners;
        this.changes = changes;
    }

    @Transactional
    Campaign create(NewCampaign campaign, String admin) {
        CampaignTerms terms = checked(campaign.terms(), "terms.");
        if (!partners.existsById(campaign.partnerId())) {
            throw DomainException.invalid(List.of(new FieldError("partnerId", "no partner '" + campaign.partnerId() + "' exists")));
        }
        if (campaigns.createUnlessTaken(campaign.campaignId(), campaign.partnerId(), terms.priority(), terms.activeFrom(),
            terms.activeTo(), terms.disclosure(), admin) == 0) {
            throw DomainException.conflict("Campaign " + campaign.campaignId() + " already exists.");
        }
        return campaigns.lock(campaign.campaignId()).orElseThrow();
    }

    /** Changes a campaign's terms; its listings show them in the same transaction (see {@link CampaignChanged}). */
    @Transactional
    Campaign change(String campaignId, CampaignTerms terms, String admin) {
        CampaignTerms checked = checked(terms, "");
        Campaign before = campaigns.lock(campaignId).orElseThrow(() -> notFound(campaignId));
        campaigns.change(campaignId, checked.priority(), checked.activeFrom(), checked.activeTo(), checked.disclosure(), admin);
        Campaign after = campaigns.lock(campaignId).orElseThrow();
        if (!before.sponsorship().equals(after.sponsorship())) {
            changes.publishEvent(new CampaignChanged(after));
        }
        return after;
    }

    @Transactional(readOnly = true)
    Campaign read(String campaignId) {
        return campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId));
    }

    /** @return a partner's campaigns, or every campaign when {@code partnerId} is null */
    @Transactional(readOnly = true)
    List<Campaign> list(@Nullable String partnerId) {
        return partnerId == null ? campaigns.all() : campaigns.findByPartnerIdOrderByCampaignId(partnerId);
    }

    /**
     * @param partnerId  the listings' owner
     * @param references by field prefix ({@code ""} for one listing, {@code [3].} in a batch)
     * @return why listings may not name their campaigns; empty when every one may
     */
    @Transactional(readOnly = true)
    public List<FieldError> check(String partnerId, Map<String, CampaignReference> references) {
        Map<String, Campaign> own = ofPartner(partnerId, references.values());
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>();
        references.forEach((prefix, reference) ->
            errors.addAll(CampaignReferences.check(reference, own.get(reference.campaignId()), today, prefix)));
        return errors;
    }

    /**
     * @return the placement of each campaign the references name, by campaign id, on the caller's transaction
     * @throws DomainException naming the first reference a listing may not have (checked before, it is a race)
     */
    public Map<String, Sponsorship> sponsorships(String partnerId, Collection<CampaignReference> references) {
        Map<String, Campaign> own = ofPartner(partnerId, references);
        LocalDate today = today();
        for (CampaignReference reference : references) {
            List<FieldError> errors = CampaignReferences.check(reference, own.get(reference.campaignId()), today, "");
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
        }
        return own.values().stream().collect(Collectors.toMap(Campaign::campaignId, Campaign::sponsorship));
    }

    private Map<String, Campaign> ofPartner(String partnerId, Collection<CampaignReference> references) {
        String[] ids = references.stream().filter(Objects::nonNull).map(CampaignReference::campaignId).distinct()
            .toArray(String[]::new);
        return ids.length == 0 ? Map.of()
            : campaigns.ofPartner(partnerId, ids).stream().collect(Collectors.toMap(Campaign::campaignId, Function.identity()));
    }

    private static CampaignTerms checked(CampaignTerms terms, String prefix) {
        if (terms.activeTo().isBefore(terms.activeFrom())) {
            throw DomainException.invalid(List.of(new FieldError(prefix + "activeTo",
                "must not be before activeFrom (" + terms.activeFrom() + ")")));
        }
        return terms;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static DomainException notFound(String campaignId) {
        return DomainException.notFound("No campaign " + campaignId + ".");
    }
}
