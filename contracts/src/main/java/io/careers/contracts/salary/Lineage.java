package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.OccupationRef;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Where an occupation code came from and what replaced it across SOC revisions. Figures are never
 * compared or merged across these links.
 *
 * @param predecessors codes of an earlier SOC version this code replaced
 * @param successors   codes of a later SOC version that replaced this code (a split lists several)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Lineage(@NotNull @Size(max = 50) List<@Valid @NotNull OccupationRef> predecessors,
                      @NotNull @Size(max = 50) List<@Valid @NotNull OccupationRef> successors) {
    /** @return a lineage with no links */
    public static Lineage none() {
        return new Lineage(List.of(), List.of());
    }
}
