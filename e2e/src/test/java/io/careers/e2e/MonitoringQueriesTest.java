package io.careers.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringQueriesTest {
    @Test
    void metricNamesAreWhatIsLeftOnceFunctionsLabelsAndGroupingsAreOut() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), MonitoringQueries.metricNames(
            "histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=\"gateway\", uri=~\"/api.*\"}[5m])))"));
        assertEquals(Set.of("kafka_consumer_records_lag_max_records"), MonitoringQueries.metricNames(
            "max by (job, client_id) (kafka_consumer_records_lag_max_records) > 1000 and max by (job, client_id) "
                + "(deriv(kafka_consumer_records_lag_max_records[10m])) > 0"));
        assertEquals(Set.of("up"), MonitoringQueries.metricNames("up == 0"));
        assertEquals(Set.of("a_total", "b_total"), MonitoringQueries.metricNames("sum(rate(a_total[5m])) / sum(rate(b_total[1h] offset 1d))"));
    }

    @Test
    void theExportedNamesAreTheSeriesNotTheComments() {
        Set<String> names = MonitoringQueries.exported("""
            # HELP messaging_dead_letters_total Dead letters
            # TYPE messaging_dead_letters_total counter
            messaging_dead_letters_total{topic="salary.releases.v1"} 0.0
            process_uptime_seconds 12.5
            """);

        assertEquals(Set.of("messaging_dead_letters_total", "process_uptime_seconds"), names);
    }

    @Test
    void everyDashboardAndAlertHasQueries() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();

        assertEquals(Set.of("platform", "gateway", "salary-service", "schools-service", "articles-service"),
            MonitoringQueries.dashboards(root).keySet());
        MonitoringQueries.dashboards(root).forEach((dashboard, queries) -> assertFalse(queries.isEmpty(), dashboard));
        assertTrue(MonitoringQueries.alerts(root).size() >= 6, MonitoringQueries.alerts(root).toString());
    }
}
