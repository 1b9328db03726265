package io.careers.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * What a collector or Jaeger is to the platform, reduced to what a test reads: it accepts OTLP trace
 * exports over HTTP ({@code OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf}, at {@code /v1/traces}) and
 * keeps every span with the service that sent it.
 */
final class OtlpReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    /**
     * @param service the exporting service's {@code service.name}
     * @param traceId the trace, 32 hex digits
     * @param name    the span's name
     * @param kind    SERVER, CLIENT, PRODUCER, CONSUMER or INTERNAL
     */
    record ReceivedSpan(String service, String traceId, String name, String kind) {
    }

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::export);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** @return the variables that make a service export its spans here */
    Map<String, String> environment() {
        return Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
            // Exported within a fraction of a second, not the SDK's default 5 s.
            "OTEL_BSP_SCHEDULE_DELAY", "200");
    }

    /** @return the services that sent spans of a trace */
    List<String> servicesOf(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).map(ReceivedSpan::service).distinct().sorted().toList();
    }

    /** @return the spans of a trace, as "service: name (kind)" */
    List<String> describe(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId))
            .map(s -> s.service() + ": " + s.name() + " (" + s.kind() + ")").toList();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = body(exchange)) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                    .map(v -> v.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> spans.add(new ReceivedSpan(service,
                        HexFormat.of().formatHex(span.getTraceId().toByteArray()), span.getName(),
                        span.getKind().name().replace("SPAN_KIND_", ""))));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
