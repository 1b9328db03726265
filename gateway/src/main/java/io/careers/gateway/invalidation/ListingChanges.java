package io.careers.gateway.invalidation;

import java.util.HashSet;
import java.util.Set;

/**
 * What a batch of {@code schools.listings.v1} events changed: the CIP codes and listings they name,
 * or, when one of them could not be read (or names no code), that any schools entry may be stale.
 */
final class ListingChanges {
    private final Set<String> cipCodes = new HashSet<>();
    private final Set<String> listingIds = new HashSet<>();
    private boolean unknown;

    void listing(String listingId, String cipCode) {
        listingIds.add(listingId);
        cipCodes.add(cipCode);
    }

    void unknownListing() {
        unknown = true;
    }

    boolean any() {
        return unknown || !listingIds.isEmpty();
    }

    boolean unknown() {
        return unknown;
    }

    Set<String> cipCodes() {
        return cipCodes;
    }

    Set<String> listingIds() {
        return listingIds;
    }
}
