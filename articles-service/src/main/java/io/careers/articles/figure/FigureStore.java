package io.careers.articles.figure;

import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
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
public class FigureStore {
    private static final Argument<List<NationalFigures>> HISTORY = Argument.listOf(NationalFigures.class);

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    FigureStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

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
        jdbc.execute(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO occupation_figures"
                + " (code, title, soc_version, current, history, projection, lineage, stats_at)"
                + " VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?)"
                + " ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, soc_version = EXCLUDED.soc_version,"
                + " current = EXCLUDED.current, history = EXCLUDED.history, projection = EXCLUDED.projection,"
                + " lineage = EXCLUDED.lineage, stats_at = EXCLUDED.stats_at"
                + " WHERE occupation_figures.stats_at < EXCLUDED.stats_at RETURNING code");
                 PreparedStatement projection = c.prepareStatement("INSERT INTO occupation_projection"
                     + " (code, period, figures, stats_at) VALUES (?, ?, ?::jsonb, ?)"
                     + " ON CONFLICT (code, period) DO UPDATE SET figures = EXCLUDED.figures, stats_at = EXCLUDED.stats_at"
                     + " WHERE occupation_projection.stats_at < EXCLUDED.stats_at")) {
                for (OccupationStatsChanged e : newest.values()) {
                    Timestamp at = Timestamp.from(e.occurredAt());
                    upsert.setString(1, e.occupation().code());
                    upsert.setString(2, e.occupation().title());
                    upsert.setString(3, e.occupation().socVersion());
                    upsert.setString(4, e.current() == null ? null : write(e.current()));
                    upsert.setString(5, write(e.history()));
                    upsert.setString(6, e.projection() == null ? null : write(e.projection()));
                    upsert.setString(7, write(e.lineage()));
                    upsert.setTimestamp(8, at);
                    try (ResultSet rs = upsert.executeQuery()) {
                        if (rs.next()) {
                            replaced.add(rs.getString(1));
                        }
                    }
                    if (e.projection() != null) {
                        projection.setString(1, e.occupation().code());
                        projection.setString(2, e.projection().period());
                        projection.setString(3, write(e.projection()));
                        projection.setTimestamp(4, at);
                        projection.addBatch();
                    }
                }
                projection.executeBatch();
            }
            return null;
        });
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
        return jdbc.execute(c -> {
            Map<String, Map<String, ProjectionFigures>> projections = new HashMap<>();
            Array array = c.createArrayOf("text", codes.toArray());
            try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, period, figures FROM occupation_projection WHERE code = ANY (?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        projections.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), read(rs.getString(3), Argument.of(ProjectionFigures.class)));
                    }
                }
            }
            Map<String, OccupationFigures> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, title, current, history, projection, lineage"
                + " FROM occupation_figures WHERE code = ANY (?)")) {
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        String current = rs.getString(3);
                        String projection = rs.getString(5);
                        found.put(code, new OccupationFigures(code, rs.getString(2),
                            current == null ? null : read(current, Argument.of(NationalFigures.class)),
                            read(rs.getString(4), HISTORY),
                            projection == null ? null : read(projection, Argument.of(ProjectionFigures.class)),
                            projections.getOrDefault(code, Map.of()),
                            read(rs.getString(6), Argument.of(Lineage.class))));
                    }
                }
            }
            return found;
        });
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
