package io.careers.salary.occupation;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.id.IdentifierFormat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks the read API's parameters and names each bad one. */
final class QueryParameters {
    static final int MAX_CODES = 100;

    private QueryParameters() {
    }

    static void soc(String field, String soc, List<FieldError> errors) {
        FieldError.check(IdentifierFormat.SOC, field, soc, errors);
    }

    static void area(String area, List<FieldError> errors) {
        FieldError.check(IdentifierFormat.AREA_CODE, "area", area, errors);
    }

    /** @return null for {@code current}, else the period */
    static String period(String period, List<FieldError> errors) {
        if ("current".equals(period)) {
            return null;
        }
        if (!IdentifierFormat.REFERENCE_PERIOD.matches(period)) {
            errors.add(new FieldError("period", "must be 'current' or " + IdentifierFormat.REFERENCE_PERIOD.problem(period)
                .substring("must be ".length())));
        }
        return period;
    }

    static List<String> codes(String codes, List<FieldError> errors) {
        List<String> list = codes == null || codes.isBlank() ? List.of()
            : Arrays.stream(codes.split(",")).map(String::trim).distinct().toList();
        if (list.isEmpty()) {
            errors.add(new FieldError("codes", "is required: comma-separated SOC codes, e.g. 29-2072,31-9092"));
        } else if (list.size() > MAX_CODES) {
            errors.add(new FieldError("codes", "at most " + MAX_CODES + " codes at once; was " + list.size()));
        }
        list.forEach(code -> soc("codes", code, errors));
        return list;
    }

    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "Invalid query parameters.",
                new ArrayList<>(errors));
        }
    }
}
