package io.careers.bench;

import io.careers.contracts.ContractJson;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.contracts.salary.Wages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A release the size of a full OEWS one (about 830 detailed occupations x 480 areas), with
 * realistic values: deterministic, so two runs ingest the same bytes.
 */
public final class SyntheticRelease {

    private SyntheticRelease() {
    }

    /** @return every estimate of the release, national area first for each occupation */
    public static List<WageEstimate> estimates(String releaseId, String period, int occupations, int areas) {
        List<WageEstimate> estimates = new ArrayList<>(occupations * areas);
        for (int o = 0; o < occupations; o++) {
            String soc = String.format("%02d-%04d", 11 + o / 100, 1000 + (o % 100) * 10);
            OccupationRef occupation = new OccupationRef(soc, "Synthetic occupation " + soc, "2018");
            for (int a = 0; a < areas; a++) {
                Area area = a == 0 ? new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, "U.S.")
                    : new Area(a <= 53 ? AreaType.STATE : AreaType.METRO, String.format("%07d", a * 100), "Area " + a);
                int median = 30000 + (o * 37 + a * 11) % 90000;
                estimates.add(estimate(releaseId, period, occupation, area, median));
            }
        }
        return estimates;
    }

    static WageEstimate estimate(String releaseId, String period, OccupationRef occupation, Area area, int annualMedian) {
        BigDecimal m = BigDecimal.valueOf(annualMedian);
        WageMeasures annual = new WageMeasures(pct(m, 107), pct(m, 62), pct(m, 78), m, pct(m, 127), pct(m, 165));
        WageMeasures hourly = new WageMeasures(hour(annual.mean()), hour(annual.p10()), hour(annual.p25()), hour(m),
            hour(annual.p75()), hour(annual.p90()));
        return new WageEstimate(releaseId, period, occupation, area, 1000L + annualMedian % 5000,
            new Wages(hourly, annual), Map.of(), 0);
    }

    /**
     * @param value a record
     * @return its JSON
     */
    public static byte[] json(Object value) {
        return ContractJson.write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal pct(BigDecimal m, int percent) {
        return m.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal hour(BigDecimal annual) {
        return annual.divide(BigDecimal.valueOf(2080), 2, RoundingMode.HALF_UP);
    }
}
