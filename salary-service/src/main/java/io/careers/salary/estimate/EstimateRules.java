package io.careers.salary.estimate;

import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of a wage estimate that its JSON Schema cannot express, each broken rule named so a
 * data engineer can fix the record: key and value agree, area type and code agree, percentiles are
 * ordered, and a footnoted measure has no number.
 */
final class EstimateRules {
    private static final String[] ORDERED = {"p10", "p25", "median", "p75", "p90"};

    private EstimateRules() {
    }

    /**
     * @param estimate a schema-valid estimate
     * @param key      the record's key, or null
     * @return every broken rule; empty when the estimate is valid
     */
    static List<String> check(WageEstimate estimate, String key) {
        List<String> problems = new ArrayList<>();
        if (key == null) {
            problems.add("key: missing; it must be " + estimate.key());
        } else if (!key.equals(estimate.key())) {
            problems.add("key: '" + key + "' disagrees with the value, which is " + estimate.key()
                + " ({releaseId}:{area.code}:{occupation.code})");
        }
        Area area = estimate.area();
        boolean nationalCode = Area.NATIONAL_CODE.equals(area.code());
        if (area.type() == AreaType.NATIONAL && !nationalCode) {
            problems.add("area.code: a NATIONAL estimate must have area code " + Area.NATIONAL_CODE + ", was " + area.code());
        } else if (area.type() != AreaType.NATIONAL && nationalCode) {
            problems.add("area.type: area code " + Area.NATIONAL_CODE + " is the nation, but the type is " + area.type());
        }
        if (estimate.wages() != null) {
            checkOrder("hourly", estimate.wages().hourly(), problems);
            checkOrder("annual", estimate.wages().annual(), problems);
        }
        checkFootnotes(estimate, problems);
        return problems;
    }

    private static void checkOrder(String unit, WageMeasures measures, List<String> problems) {
        if (measures == null) {
            return;
        }
        String previousName = null;
        BigDecimal previous = null;
        for (String name : ORDERED) {
            BigDecimal value = EstimateMeasures.value(measures, name);
            if (value == null) {
                continue;
            }
            if (previous != null && value.compareTo(previous) < 0) {
                problems.add("wages." + unit + "." + name + ": " + value.toPlainString() + " is below "
                    + unit + "." + previousName + " " + previous.toPlainString()
                    + "; percentiles must be ordered p10 <= p25 <= median <= p75 <= p90");
            }
            previousName = name;
            previous = value;
        }
    }

    private static void checkFootnotes(WageEstimate estimate, List<String> problems) {
        Map<String, Footnote> footnotes = estimate.footnotes() == null ? Map.of() : estimate.footnotes();
        footnotes.forEach((path, footnote) -> {
            if (EstimateMeasures.valueAt(estimate, path) != null) {
                problems.add("footnotes." + path + ": the measure is " + footnote
                    + ", so it must have no number, but wages/employment give one");
            }
            if (footnote == Footnote.HOURLY_ONLY && !path.startsWith("annual.")) {
                problems.add("footnotes." + path + ": HOURLY_ONLY explains a missing annual measure, not " + path);
            }
            if (footnote == Footnote.ANNUAL_ONLY && !path.startsWith("hourly.")) {
                problems.add("footnotes." + path + ": ANNUAL_ONLY explains a missing hourly measure, not " + path);
            }
        });
    }
}
