package io.careers.messaging.tracing;

import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OtlpWhenConfiguredTest {
    private static final Function<String, String> NOTHING = name -> null;

    @Test
    void anEndpointAloneTurnsOtlpExportOn() {
        var config = DefaultConfigProperties.createFromMap(Map.of("otel.exporter.otlp.endpoint", "http://collector:4318"));

        assertEquals(Map.of("otel.traces.exporter", "otlp"), OtlpWhenConfigured.overrides(config, NOTHING, NOTHING));
    }

    @Test
    void aTracesEndpointDoesToo() {
        var config = DefaultConfigProperties.createFromMap(Map.of("otel.exporter.otlp.traces.endpoint", "http://collector:4318/v1/traces"));

        assertEquals(Map.of("otel.traces.exporter", "otlp"), OtlpWhenConfigured.overrides(config, NOTHING, NOTHING));
    }

    @Test
    void noEndpointExportsNothing() {
        var config = DefaultConfigProperties.createFromMap(Map.of("otel.traces.exporter", "none"));

        assertEquals(Map.of(), OtlpWhenConfigured.overrides(config, NOTHING, NOTHING));
    }

    @Test
    void anExporterNamedByTheOperatorWins() {
        var config = DefaultConfigProperties.createFromMap(Map.of("otel.exporter.otlp.endpoint", "http://collector:4318",
            "otel.traces.exporter", "console"));

        assertEquals(Map.of(), OtlpWhenConfigured.overrides(config, Map.of("OTEL_TRACES_EXPORTER", "console")::get, NOTHING));
        assertEquals(Map.of(), OtlpWhenConfigured.overrides(config, NOTHING, Map.of("otel.traces.exporter", "console")::get));
    }
}
