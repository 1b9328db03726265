package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
public record Program(String title, String cipCode, Credential credential, Delivery delivery,
                      @Nullable List<String> accreditations, @Nullable BigDecimal annualTuitionUsd) {
}
