package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The area of an estimate.
 *
 * @param type kind of area
 * @param code 7-digit OEWS area code; national is {@code 0000000}
 * @param name the area's name, e.g. {@code U.S.}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Area(AreaType type, String code, @Nullable String name) {
    /** Area code of the national estimates. */
    public static final String NATIONAL_CODE = "0000000";
}
