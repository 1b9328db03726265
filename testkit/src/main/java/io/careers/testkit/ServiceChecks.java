package io.careers.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.micronaut.context.BeanContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.postgresql.core.BaseConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * What every service must offer an operator, checked over real HTTP: {@code /health} with its
 * database and Kafka, Prometheus metrics, the OpenAPI document, and the topics it declares.
 */
public final class ServiceChecks {
    /** Management endpoints that would show beans, routes, threads, configuration or loggers. */
    private static final List<String> INTERNAL_ENDPOINTS = List.of("/beans", "/routes", "/threaddump", "/env",
        "/loggers", "/info", "/refresh", "/caches");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceChecks() {
    }

    /**
     * Every wait on the service's database has an end (docs/reliability.md), and the connection
     * settings took effect: a connection of its
     * pool gives up on a silent server ({@code socketTimeout}) and has the server cancel a statement
     * that runs too long ({@code statement_timeout}), and batches of inserts are sent as multi-row
     * statements. Checked on a real connection, because the driver silently ignores a property
     * whose value is not text: an unquoted number in {@code data-source-properties} is lost.
     *
     * @param database the service's DataSource
     */
    public static void assertDatabaseWaitsBounded(DataSource database) {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet timeout = statement.executeQuery("SHOW statement_timeout")) {
            timeout.next();
            String statementTimeout = timeout.getString(1);
            int socketTimeoutMillis = connection.getNetworkTimeout();
            if ("0".equals(statementTimeout) || socketTimeoutMillis <= 0) {
                throw new AssertionError("unbounded database waits: statement_timeout " + statementTimeout
                    + ", socket timeout " + socketTimeoutMillis + " ms");
            }
            if (!connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()) {
                throw new AssertionError("reWriteBatchedInserts is off: JDBC batches go to PostgreSQL one row at a time");
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read the database timeouts", e);
        }
    }

    /**
     * {@code /health} tells anyone UP or DOWN and nothing more, the built-in endpoints that describe
     * the service's insides are not served, and the service's own health aggregation (what it logs
     * and reports as DOWN) has every named component UP.
     *
     * @param base       the service's base URL, e.g. {@code http://localhost:8082}
     * @param context    the service's application context, for its health indicators
     * @param components health components that must be reported UP, e.g. {@code jdbc}, {@code kafka}
     */
    public static void assertHealthy(URI base, BeanContext context, Collection<String> components) {
        HttpResponse<String> response = get(base.resolve("/health"));
        check(response.statusCode() == 200, "/health answered " + response.statusCode() + ": " + response.body());
        JsonNode health = parse(response.body());
        check("UP".equals(health.path("status").asText()), "/health is not UP: " + response.body());
        check(health.path("details").isMissingNode() || health.path("details").isNull(), "/health shows its components to anyone: " + response.body());
        for (String endpoint : INTERNAL_ENDPOINTS) {
            int status = get(base.resolve(endpoint)).statusCode();
            check(status == 404 || status == 401, endpoint + " answered " + status + ": it must not be served");
        }
        Map<String, String> statuses = HealthComponents.statuses(context);
        for (String component : components) {
            check("UP".equals(statuses.get(component)), "health does not report " + component + " UP: " + statuses);
        }
    }

    /**
     * @param base    the service's base URL; {@code /prometheus} must serve JVM metrics
     * @param metrics metrics of the service's own it must serve too, e.g. {@code gateway_backend_circuit_open}
     */
    public static void assertPrometheusMetrics(URI base, String... metrics) {
        HttpResponse<String> response = get(base.resolve("/prometheus"));
        check(response.statusCode() == 200, "/prometheus answered " + response.statusCode());
        check(response.body().contains("jvm_memory_used_bytes"), "/prometheus has no JVM metrics");
        for (String metric : metrics) {
            check(response.body().contains(metric), "/prometheus has no " + metric);
        }
    }

    /**
     * @param base the service's base URL
     * @param path where the OpenAPI document is served, e.g. {@code /swagger/salary-service.yml}
     */
    public static void assertOpenApi(URI base, String path) {
        HttpResponse<String> response = get(base.resolve(path));
        check(response.statusCode() == 200, path + " answered " + response.statusCode());
        check(response.body().startsWith("openapi: 3"), path + " is not an OpenAPI 3 document");
    }

    /**
     * @param topics topics that must exist with the contract's 3 partitions
     */
    public static void assertTopicsDeclared(Set<String> topics) {
        try (Admin admin = Admin.create(new HashMap<String, Object>(TestInfrastructure.kafka().adminProperties()))) {
            Eventually.await("topics " + topics, Duration.ofSeconds(30), () -> {
                try {
                    return admin.listTopics().names().get().containsAll(topics);
                } catch (InterruptedException | ExecutionException e) {
                    return false;
                }
            });
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
            described.forEach((name, d) -> check(d.partitions().size() == 3,
                name + " has " + d.partitions().size() + " partitions, not 3"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("could not describe topics " + topics, e);
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return ContractJson.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
