package io.careers.contracts.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

        assertTrue(out.lines().anyMatch(l -> l.contains("INFO  [main] io.careers.salary.Test - release OEWS-2013-05 promoted")), out);
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
