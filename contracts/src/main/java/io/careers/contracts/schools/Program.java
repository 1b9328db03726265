package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A program of study.
 *
 * @param title            the program's title
 * @param cipCode          CIP 2020 code {@code NN.NNNN}
 * @param credential       award level
 * @param delivery         campus, online or hybrid
 * @param accreditations   programmatic accreditors, e.g. {@code CAHIIM}
 * @param annualTuitionUsd yearly tuition in US dollars, if published
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Program(@NotNull @Size(min = 1, max = 200) String title, @Identifier(IdentifierFormat.CIP) String cipCode,
                      @NotNull Credential credential, @NotNull Delivery delivery,
                      @Nullable @Size(max = 20) List<@Size(max = 100) String> accreditations, @Nullable BigDecimal annualTuitionUsd) {
}
