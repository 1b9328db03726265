package io.careers.salary.occupation;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the read API's parameters and names each bad one. */
final class QueryParameters {
    static final int MAX_CODES = 100;
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern AREA = Pattern.compile("\\d{7}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private QueryParameters() {
    }

    static void soc(String field, String soc, List<FieldError> errors) {
        if (soc == null || !SOC.matcher(soc).matches()) {
            errors.add(new FieldError(field, "must be a SOC code NN-NNNN, e.g. 29-2072; was '" + soc + "'"));
        }
    }

    static void area(String area, List<FieldError> errors) {
        if (!AREA.matcher(area).matches()) {
            errors.add(new FieldError("area", "must be a 7-digit OEWS area code, e.g. 0000000 for the nation; was '"
                + area + "'"));
        }
    }

    /** @return null for {@code current}, else the period */
    static String period(String period, List<FieldError> errors) {
        if ("current".equals(period)) {
            return null;
        }
        if (!PERIOD.matcher(period).matches()) {
            errors.add(new FieldError("period", "must be 'current' or a month YYYY-MM, e.g. 2013-05; was '" + period + "'"));
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
