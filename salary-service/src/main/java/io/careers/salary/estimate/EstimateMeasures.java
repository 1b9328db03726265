package io.careers.salary.estimate;

import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;

import java.math.BigDecimal;

/** Reads a measure of an estimate by its path ({@code annual.median}, {@code employment}). */
final class EstimateMeasures {
    private EstimateMeasures() {
    }

    static BigDecimal valueAt(WageEstimate estimate, String path) {
        if ("employment".equals(path)) {
            return estimate.employment() == null ? null : BigDecimal.valueOf(estimate.employment());
        }
        int dot = path.indexOf('.');
        if (dot < 0 || estimate.wages() == null) {
            return null;
        }
        WageMeasures measures = path.startsWith("hourly") ? estimate.wages().hourly() : estimate.wages().annual();
        return measures == null ? null : value(measures, path.substring(dot + 1));
    }

    static BigDecimal value(WageMeasures m, String name) {
        return switch (name) {
            case "mean" -> m.mean();
            case "p10" -> m.p10();
            case "p25" -> m.p25();
            case "median" -> m.median();
            case "p75" -> m.p75();
            case "p90" -> m.p90();
            default -> null;
        };
    }
}
