package io.careers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PromQL of the Grafana dashboards ({@code monitoring/grafana/dashboards}) and of the alert rules
 * ({@code monitoring/alerts.yml}), and the metric names it reads, to be checked against what the
 * services really export: a renamed metric otherwise leaves a dashboard empty and an alert silent.
 */
final class MonitoringQueries {
    /** Series Prometheus makes itself, not the services. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern ALERT_EXPR = Pattern.compile("^\\s*expr:\\s*(.+)$", Pattern.MULTILINE);

    private MonitoringQueries() {
    }

    /** @return each dashboard's queries, by the dashboard's file name without {@code .json} (a service's module name, or {@code platform}) */
    static Map<String, List<String>> dashboards(Path root) throws IOException {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(root.resolve("monitoring/grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<String> expressions = new ArrayList<>();
                for (JsonNode panel : new ObjectMapper().readTree(file.toFile()).path("panels")) {
                    panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
                }
                queries.put(file.getFileName().toString().replace(".json", ""), expressions);
            }
        }
        return queries;
    }

    /** @return the expression of every alert rule */
    static List<String> alerts(Path root) throws IOException {
        Matcher expr = ALERT_EXPR.matcher(Files.readString(root.resolve("monitoring/alerts.yml")));
        List<String> expressions = new ArrayList<>();
        while (expr.find()) {
            expressions.add(expr.group(1).strip());
        }
        return expressions;
    }

    /**
     * @param promql a PromQL expression
     * @return the metric names it reads: what is left once strings, label matchers, ranges,
     *     groupings, functions and keywords are taken out
     */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher token = IDENTIFIER.matcher(bare);
        while (token.find()) {
            String rest = bare.substring(token.end()).stripLeading();
            boolean function = rest.startsWith("(");
            boolean number = token.start() > 0 && Character.isDigit(bare.charAt(token.start() - 1));
            if (!function && !number && !KEYWORDS.contains(token.group().toLowerCase())) {
                names.add(token.group());
            }
        }
        return names;
    }

    /**
     * @param exposition a service's {@code /prometheus} answer
     * @return the names of the series it exports
     */
    static Set<String> exported(String exposition) {
        Set<String> names = new LinkedHashSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
            .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }
}
