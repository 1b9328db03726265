package io.careers.schools.listing;

import io.careers.contracts.http.PageRequest;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One validated question to the Popular Schools listing; also its cache key.
 *
 * @param cipCodes   CIP codes, sorted and distinct
 * @param state      USPS state code, or null for all
 * @param credential credential, or null for all
 * @param delivery   delivery, or null for all
 * @param words      words the institution's name or city must have, as a {@code tsquery} of word starts, or null
 * @param paging     the page
 * @param today      the day sponsored placements are active on
 */
record SchoolsQuery(List<String> cipCodes, @Nullable String state, @Nullable Credential credential,
                    @Nullable Delivery delivery, @Nullable String words, PageRequest paging, LocalDate today) {
    SchoolsQuery {
        cipCodes = cipCodes.stream().sorted().distinct().toList();
    }
}
