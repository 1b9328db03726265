package io.careers.tools.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTraceTest {
    @Test
    void everyRecordOfARunCarriesItsTrace() {
        try (CliTrace trace = CliTrace.start("publish release OEWS-2015-05")) {
            String traceparent = trace.headers().get("traceparent");

            assertTrue(trace.traceId().matches("[0-9a-f]{32}"), trace.traceId());
            assertNotEquals("0".repeat(32), trace.traceId(), "a real trace, even with nothing exported");
            assertTrue(traceparent.matches("00-" + trace.traceId() + "-[0-9a-f]{16}-01"), traceparent);
        }
    }

    @Test
    void tracesAreExportedOverOtlpOnlyWhenAnEndpointIsSet() {
        assertEquals("none", CliTrace.defaults(name -> null).get("otel.traces.exporter"));
        assertEquals("otlp", CliTrace.defaults(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")::get)
            .get("otel.traces.exporter"));
        assertEquals("careers-tools", CliTrace.defaults(name -> null).get("otel.service.name"));
    }
}
