package io.careers.articles.figure;

import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The local read model of {@code salary.occupation-stats.v1}: figures per occupation and projection period. */
@Singleton
public record FigureStore(FigureRepository figures, ObjectMapper json) {
    private static final Argument<List<NationalFigures>> HISTORY = Argument.listOf(NationalFigures.class);

    /**
     * Keeps, per occupation, the newest event by {@code occurredAt}: an older or equal one (a
     * redelivery, a replay) changes nothing. Runs inside the caller's transaction.
     *
     * @param events decoded events, in any order
     * @return the SOC codes whose figures were replaced
     */
    public Set<String> apply(List<OccupationStatsChanged> events) {
        Map<String, OccupationStatsChanged> newest = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(OccupationStatsChanged::occurredAt))
            .forEach(e -> newest.put(e.occupation().code(), e));
        Set<String> replaced = new HashSet<>();
        for (OccupationStatsChanged e : newest.values()) {
            String code = e.occupation().code();
            String projection = e.projection() == null ? null : write(e.projection());
            if (figures.upsertFigures(code, e.occupation().title(), e.occupation().socVersion(),
                e.current() == null ? null : write(e.current()), write(e.history()), projection, write(e.lineage()),
                e.occurredAt()) > 0) {
                replaced.add(code);
            }
            if (projection != null) {
                figures.upsertProjection(code, e.projection().period(), projection, e.occurredAt());
            }
        }
        return replaced;
    }

    /**
     * @param codes SOC codes
     * @return the figures of those the read model has, by code
     */
    public Map<String, OccupationFigures> find(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, ProjectionFigures>> projections = new HashMap<>();
        for (FigureRepository.StoredProjection p : figures.projectionsOf(codes)) {
            projections.computeIfAbsent(p.code(), k -> new HashMap<>())
                .put(p.period(), read(p.figures(), Argument.of(ProjectionFigures.class)));
        }
        Map<String, OccupationFigures> found = new HashMap<>();
        for (FigureRepository.StoredFigures f : figures.figuresOf(codes)) {
            found.put(f.code(), new OccupationFigures(f.code(), f.title(),
                f.current() == null ? null : read(f.current(), Argument.of(NationalFigures.class)),
                read(f.history(), HISTORY),
                f.projection() == null ? null : read(f.projection(), Argument.of(ProjectionFigures.class)),
                projections.getOrDefault(f.code(), Map.of()), read(f.lineage(), Argument.of(Lineage.class))));
        }
        return found;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored figure document does not read back as " + type, e);
        }
    }
}
