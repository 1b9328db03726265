package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;
import io.careers.schools.listing.InstitutionRepository.Change;
import io.careers.schools.listing.InstitutionRepository.Proposal;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A shared institution as an admin curates it.
 *
 * @param institutionId the institution
 * @param institution   what every listing of it shows
 * @param proposals     what partners would change, by field and partner
 * @param history       every admin correction, oldest first
 */
@Serdeable
public record CuratedInstitution(String institutionId, Institution institution, List<Proposal> proposals,
                                 List<Change> history) {
}
