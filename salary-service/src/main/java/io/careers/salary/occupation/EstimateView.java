package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * One stored estimate as readers get it: numbers and footnote codes exactly as published.
 *
 * @param releaseId       the release
 * @param referencePeriod its {@code YYYY-MM}
 * @param occupation      the occupation as that release names it
 * @param area            the area
 * @param employment      employment
 * @param hourly          hourly wages, null when none is published
 * @param annual          annual wages, null when none is published
 * @param footnotes       measure path to footnote
 * @param revision        the revision stored
 */
@Serdeable
public record EstimateView(String releaseId, String referencePeriod, OccupationRef occupation, Area area,
                           @Nullable Long employment, @Nullable WageMeasures hourly, @Nullable WageMeasures annual,
                           Map<String, Footnote> footnotes, int revision) {

    /** @return the national figures of this estimate, as events carry them */
    public NationalFigures figures() {
        return new NationalFigures(releaseId, referencePeriod, employment, hourly, annual, footnotes);
    }
}
