package io.careers.schools.campaign;

/**
 * An admin changed a campaign's terms: the listings that name it must show them. Published inside
 * the change's transaction, so the listings change with it.
 *
 * @param campaign the campaign as it is now
 */
public record CampaignChanged(Campaign campaign) {
}
