package io.careers.messaging.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Function;

/**
 * Exports spans over OTLP as soon as an operator names where to ({@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}), as OpenTelemetry's own SDKs do: micronaut-tracing
 * otherwise exports nothing until {@code otel.traces.exporter} is set as well. An exporter named
 * explicitly ({@code OTEL_TRACES_EXPORTER}, {@code -Dotel.traces.exporter}) always wins. Everything
 * else (protocol, batch delay, sampler, resource) is the SDK's autoconfiguration of the standard
 * {@code OTEL_*} variables.
 */
@Singleton
class OtlpWhenConfigured implements OpenTelemetryBuilderCustomizer {
    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addPropertiesCustomizer(config -> overrides(config, System::getenv, System::getProperty));
    }

    /**
     * @param config      the configuration autoconfiguration has assembled
     * @param environment the process's variables
     * @param system      the JVM's system properties
     * @return {@code otel.traces.exporter=otlp} when an endpoint is set and no exporter was named
     */
    static Map<String, String> overrides(ConfigProperties config, Function<String, String> environment,
                                         Function<String, String> system) {
        boolean named = environment.apply("OTEL_TRACES_EXPORTER") != null || system.apply("otel.traces.exporter") != null;
        boolean endpoint = config.getString("otel.exporter.otlp.endpoint") != null
            || config.getString("otel.exporter.otlp.traces.endpoint") != null;
        return endpoint && !named ? Map.of("otel.traces.exporter", "otlp") : Map.of();
    }
}
