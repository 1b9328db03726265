package io.careers.contracts.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFormatTest {
    private static final String SERVICE_CONFIG = """
        <configuration>
          <contextName>salary-service</contextName>
          <include resource="careers-logback.xml"/>
        </configuration>
        """;

    @Test
    void onlyJsonAskedForIsJsonAndAnythingElseStaysReadable() {
        assertEquals("json", LogFormat.of("json"));
        assertEquals("json", LogFormat.of(" JSON "));
        assertEquals("text", LogFormat.of(null));
        assertEquals("text", LogFormat.of("jsn"), "a typo must not leave a service without logs");
    }

    @Test
    void aServiceLogsOneJsonObjectPerLineNamingItself() throws Exception {
        String out = logWith("json");
        JsonNode line = new ObjectMapper().readTree(out.lines().filter(l -> l.contains("promoted")).findFirst()
            .orElseThrow(() -> new AssertionError("nothing logged: " + out)));

        assertEquals("salary-service", line.path("context").path("name").asText(), line.toString());
        assertEquals("INFO", line.path("level").asText());
        assertEquals("io.careers.salary.Test", line.path("loggerName").asText());
        assertEquals("release OEWS-2013-05 promoted", line.path("formattedMessage").asText(), "arguments filled in");
        assertEquals("OEWS-2013-05", line.path("mdc").path("releaseId").asText(), "MDC entries, such as trace ids, are kept");
    }

    @Test
    void textIsOneReadableLinePerEvent() throws Exception {
        String out = logWith("text");

        assertTrue(out.lines().anyMatch(l -> l.endsWith("INFO  [main] io.careers.salary.Test - release OEWS-2013-05 promoted")), out);
        assertFalse(out.contains("trace="), "no trace, no trace id: " + out);
    }

    @Test
    void anEventInATraceCarriesItsTraceAndSpanIdsInBothFormats() throws Exception {
        SpanContext trace = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
            TraceFlags.getSampled(), TraceState.getDefault());
        String json;
        String text;
        try (Scope ignored = Span.wrap(trace).makeCurrent()) {
            json = logWith("json");
            text = logWith("text");
        }

        JsonNode line = new ObjectMapper().readTree(json.lines().filter(l -> l.contains("promoted")).findFirst().orElseThrow());
        assertEquals(trace.getTraceId(), line.path("mdc").path("trace_id").asText(), line.toString());
        assertEquals(trace.getSpanId(), line.path("mdc").path("span_id").asText(), line.toString());
        assertTrue(text.lines().anyMatch(l -> l.endsWith("release OEWS-2013-05 promoted trace=" + trace.getTraceId())), text);
    }

    private static String logWith(String format) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String before = System.getProperty("log.format");
        System.setProperty("log.format", format);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(new ByteArrayInputStream(SERVICE_CONFIG.getBytes(StandardCharsets.UTF_8)));
            MDC.put("releaseId", "OEWS-2013-05");
            context.getLogger("io.careers.salary.Test").info("release {} promoted", "OEWS-2013-05");
        } finally {
            MDC.remove("releaseId");
            context.stop();
            System.setOut(console);
            if (before == null) {
                System.clearProperty("log.format");
            } else {
                System.setProperty("log.format", before);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
