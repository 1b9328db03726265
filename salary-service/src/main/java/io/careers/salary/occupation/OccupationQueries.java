package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.salary.occupation.OccupationRows.LineageLink;
import io.careers.salary.occupation.OccupationRows.ProjectionRow;
import io.careers.salary.occupation.OccupationRows.SocName;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what readers may see: complete releases only, never a PENDING one. Runs on the caller's
 * transaction; readers use a repeatable-read one ({@link OccupationReader}) so that a promotion
 * committing meanwhile is either wholly visible or not at all.
 */
@Singleton
public record OccupationQueries(OccupationRepository repository, EstimateRows rows) {
    /**
     * @param socs SOC codes
     * @return what is known of each; codes nothing is known of are absent
     */
    public Map<String, OccupationView> views(Collection<String> socs) {
        if (socs.isEmpty()) {
            return Map.of();
        }
        List<String> codes = socs.stream().distinct().toList();
        Map<String, List<EstimateView>> history = new HashMap<>();
        repository.nationalHistory(codes).stream().map(rows::view)
            .forEach(view -> history.computeIfAbsent(view.occupation().code(), k -> new ArrayList<>()).add(view));
        Map<String, ProjectionRow> projections = new HashMap<>();
        repository.latestProjections(codes).forEach(p -> projections.put(p.socCode(), p));
        Map<String, Lineage> lineage = lineage(codes);
        Map<String, OccupationRef> named = new HashMap<>();
        for (SocName name : repository.names(codes)) {
            named.put(name.code(), new OccupationRef(name.code(), name.title(), name.socVersion()));
        }
        Map<String, OccupationView> views = new TreeMap<>();
        for (String soc : codes) {
            List<EstimateView> estimates = history.getOrDefault(soc, List.of());
            ProjectionRow projection = projections.get(soc);
            OccupationRef ref = !estimates.isEmpty() ? estimates.get(0).occupation()
                : projection != null ? occupation(projection) : named.get(soc);
            if (ref == null) {
                continue;
            }
            List<NationalFigures> figures = estimates.stream().map(EstimateView::figures).toList();
            views.put(soc, new OccupationView(ref, figures.isEmpty() ? null : figures.get(0), figures,
                projection == null ? null : figures(projection),
                lineage.getOrDefault(soc, new Lineage(List.of(), List.of()))));
        }
        return views;
    }

    /**
     * @param soc    SOC code
     * @param area   area code
     * @param period {@code YYYY-MM}, or null for the current figures
     * @return the estimate readers see for it
     */
    public Optional<EstimateView> estimate(String soc, String area, String period) {
        var found = period == null ? repository.history(soc, area) : repository.inPeriod(soc, area, period);
        return found.stream().findFirst().map(rows::view);
    }

    /**
     * @param soc  SOC code
     * @param area area code
     * @return its estimates in every complete release, current first, then newest period first
     */
    public List<EstimateView> history(String soc, String area) {
        return repository.history(soc, area).stream().map(rows::view).toList();
    }

    /**
     * @param releaseId a release
     * @return the SOC codes it has national estimates for, sorted
     */
    public List<String> nationalOccupations(String releaseId) {
        return repository.nationalOccupations(releaseId);
    }

    private Map<String, Lineage> lineage(List<String> codes) {
        Map<String, List<OccupationRef>> predecessors = new HashMap<>();
        Map<String, List<OccupationRef>> successors = new HashMap<>();
        for (LineageLink link : repository.lineage(codes)) {
            OccupationRef other = new OccupationRef(link.otherCode(), link.otherTitle(), link.otherVersion());
            (link.successor() ? successors : predecessors).computeIfAbsent(link.ofCode(), k -> new ArrayList<>())
                .add(other);
        }
        Map<String, Lineage> lineage = new HashMap<>();
        for (String soc : codes) {
            if (predecessors.containsKey(soc) || successors.containsKey(soc)) {
                lineage.put(soc, new Lineage(List.copyOf(predecessors.getOrDefault(soc, List.of())),
                    List.copyOf(successors.getOrDefault(soc, List.of()))));
            }
        }
        return lineage;
    }

    private static OccupationRef occupation(ProjectionRow p) {
        return new OccupationRef(p.socCode(), p.occupationTitle(), p.socVersion());
    }

    private static ProjectionFigures figures(ProjectionRow p) {
        return new ProjectionFigures(p.projectionPeriod(), p.baseYear(), p.targetYear(), p.baseEmployment(),
            p.projectedEmployment(), EstimateRows.plain(p.percentChange()), p.annualOpenings(),
            p.typicalEntryEducation());
    }
}
