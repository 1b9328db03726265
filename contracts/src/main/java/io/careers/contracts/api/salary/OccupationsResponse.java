package io.careers.contracts.api.salary;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * salary-service's {@code GET /api/v1/occupations?codes=...}: several occupations in one call.
 *
 * @param occupations the occupations known, in the order asked (at most 100 are asked for)
 * @param missing     codes asked for that salary-service knows nothing of
 */
@Serdeable
public record OccupationsResponse(@NotNull @Size(max = 100) List<@Valid @NotNull OccupationResponse> occupations,
                                  @NotNull @Size(max = 100) List<@Identifier(IdentifierFormat.SOC) String> missing) {
}
