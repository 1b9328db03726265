package io.careers.salary.occupation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code GET /api/v1/occupations?codes=...}.
 *
 * @param occupations the occupations known, in the order asked
 * @param missing     codes asked for that salary-service knows nothing of
 */
@Serdeable
record OccupationsResponse(List<OccupationResponse> occupations, List<String> missing) {
}
