package io.careers.tools.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line with a total (bar, percent, ETA) and without one (count and rate). */
class ProgressTest {
    private static String drawn(Progress progress, ByteArrayOutputStream bytes) {
        progress.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withATotalItDrawsABarWithThePercentAndTheCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress("estimates", 4, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.advance(1);
        progress.advanceTo(4);
        String line = drawn(progress, bytes);
        assertTrue(line.contains("estimates [##############################] 100% 4/4"), line);
    }

    @Test
    void withoutATotalItDrawsTheCountAndRateOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.counting("rows read", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.advance(2_000);
        progress.advance(1_500);
        String line = drawn(progress, bytes);
        assertTrue(line.contains("rows read 3,500 "), line);
        assertFalse(line.contains("%") || line.contains("ETA"), line);
    }
}
