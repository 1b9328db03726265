package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careers.contracts.EventSchema;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import io.careers.contracts.schools.CampaignReference;
import io.careers.contracts.schools.ListingDocument;
import io.careers.schools.campaign.Campaigns;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner API's bodies, checked as a whole: the contract's schema and rules, the partner (the
 * key's owner, never the body's), duplicate ids in a batch, and the campaigns named. Every bad field
 * of every listing is named at once, and none is written unless all are good.
 */
@Singleton
record PartnerListingDocuments(Campaigns campaigns) {

    /**
     * @param document   the body of {@code PUT /api/v1/partner/listings/{externalId}}
     * @param externalId the path's id, which the body may repeat but not contradict
     * @param partnerId  the key's owner
     * @return the listing
     * @throws DomainException naming each bad field
     */
    ListingDocument one(JsonNode document, String externalId, String partnerId) {
        List<FieldError> errors = new ArrayList<>(ListingValidation.check(document, EventSchema.LISTING_DOCUMENT, ""));
        if (document.isObject() && !externalId.equals(document.path("externalId").asText(externalId))) {
            errors.add(new FieldError("externalId", "'" + document.path("externalId").asText()
                + "' disagrees with the path, which names '" + externalId + "'"));
        }
        checkPartner(document, partnerId, "", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        ((ObjectNode) document).put("externalId", externalId);
        ListingDocument listing = ListingValidation.bind(document);
        if (listing.sponsorship() != null) {
            errors.addAll(campaigns.check(partnerId, Map.of("", listing.sponsorship())));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return listing;
    }

    /**
     * @param items     the batch's listings
     * @param partnerId the key's owner
     * @return the listings, in order
     * @throws DomainException naming each bad field by the listing's index ({@code [3].program.cipCode})
     */
    List<ListingDocument> batch(JsonNode items, String partnerId) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ListingDocument> documents = new ArrayList<>(items.size());
        Map<String, CampaignReference> sponsorships = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String prefix = "[" + i + "].";
            List<FieldError> itemErrors = new ArrayList<>(ListingValidation.check(item, EventSchema.LISTING_DOCUMENT, prefix));
            checkPartner(item, partnerId, prefix, itemErrors);
            String externalId = item.path("externalId").asText(null);
            if (externalId != null && !seen.add(externalId)) {
                itemErrors.add(new FieldError(prefix + "externalId", "'" + externalId + "' appears more than once in the batch"));
            }
            errors.addAll(itemErrors);
            if (itemErrors.isEmpty()) {
                ListingDocument listing = ListingValidation.bind(item);
                documents.add(listing);
                if (listing.sponsorship() != null) {
                    sponsorships.put(prefix, listing.sponsorship());
                }
            }
        }
        errors.addAll(campaigns.check(partnerId, sponsorships));
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "The batch has invalid listings; none was stored.", errors);
        }
        return documents;
    }

    /** The partner comes from the key; a body that names another one is refused. */
    private static void checkPartner(JsonNode document, String partnerId, String prefix, List<FieldError> errors) {
        JsonNode named = document.path("partnerId");
        if (!named.isMissingNode() && !named.isNull() && !partnerId.equals(named.asText())) {
            errors.add(new FieldError(prefix + "partnerId", "the partner is the API key's owner (" + partnerId
                + "); a listing cannot name another partner"));
        }
    }
}
