package io.careers.tools.cli;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One run of a publishing command as one trace: every record it sends carries the trace context
 * (W3C {@code traceparent}) of its span, so that salary-service's ingest, the events it relays and
 * the consumers in other services all continue it. A job that is itself part of a trace passes it in
 * {@code TRACEPARENT} (as CI systems and schedulers do). The span is exported over OTLP when
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set, like the services' (the standard {@code OTEL_*}
 * variables apply); otherwise only its context travels.
 */
final class CliTrace implements AutoCloseable {
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier.get(key);
        }
    };

    private final OpenTelemetrySdk sdk;
    private final Span span;

    private CliTrace(OpenTelemetrySdk sdk, Span span) {
        this.sdk = sdk;
        this.span = span;
    }

    /**
     * @param name the span's name, e.g. {@code publish salary.wage-estimates.v1}
     * @return a started trace
     */
    static CliTrace start(String name) {
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
            .addPropertiesSupplier(() -> defaults(System::getenv))
            .disableShutdownHook()
            .build()
            .getOpenTelemetrySdk();
        String traceparent = System.getenv("TRACEPARENT");
        Context parent = traceparent == null ? Context.root()
            : sdk.getPropagators().getTextMapPropagator().extract(Context.root(), Map.of("traceparent", traceparent), GETTER);
        Span span = sdk.getTracer("io.careers.tools").spanBuilder(name).setParent(parent)
            .setSpanKind(SpanKind.PRODUCER).startSpan();
        return new CliTrace(sdk, span);
    }

    /**
     * Defaults beneath the {@code OTEL_*} variables, which win: the tools' service name, and OTLP
     * export of traces only when an endpoint is set.
     */
    static Map<String, String> defaults(Function<String, String> environment) {
        boolean endpoint = List.of("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").stream()
            .anyMatch(name -> environment.apply(name) != null);
        return Map.of("otel.service.name", "careers-tools",
            "otel.traces.exporter", endpoint ? "otlp" : "none",
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none");
    }

    /** @return the headers that carry this trace on a record */
    Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        sdk.getPropagators().getTextMapPropagator().inject(Context.root().with(span), headers, Map::put);
        return headers;
    }

    /** @return the trace's id, for the command's output: what to look up in a trace viewer */
    String traceId() {
        return span.getSpanContext().getTraceId();
    }

    /** Ends the span and exports it (when exporting), waiting a few seconds at most. */
    @Override
    public void close() {
        span.end();
        sdk.shutdown().join(5, TimeUnit.SECONDS);
    }
}
