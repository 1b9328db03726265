package io.careers.tools.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with count, rate and ETA, redrawn at most ten times a second; with no
 * total known ({@link #counting}), the count and rate alone.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final String what;
    private final long total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long done;
    private long drawnAt;

    public Progress(String what, long total, PrintStream out) {
        this(out, what, Math.max(1, total));
    }

    /** @param total at least 1, or 0 when it is not known */
    private Progress(PrintStream out, String what, long total) {
        this.what = what;
        this.total = total;
        this.out = out;
    }

    /** @return a progress line for a count whose total is not known beforehand, e.g. the rows of a workbook */
    public static Progress counting(String what, PrintStream out) {
        return new Progress(out, what, 0);
    }

    public void advance(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - drawnAt > 100_000_000L || (total > 0 && done >= total)) {
            drawnAt = now;
            draw(now);
        }
    }

    /** @param now how many are done now, for a count that is read rather than counted */
    public void advanceTo(long now) {
        advance(now - done);
    }

    public void finish() {
        draw(System.nanoTime());
        out.println();
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        if (total == 0) {
            out.printf(Locale.ROOT, "\r%s %,d %,.0f/s ", what, done, rate);
            out.flush();
            return;
        }
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        int filled = (int) (WIDTH * Math.min(1.0, (double) done / total));
        out.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %,d/%,d %,.0f/s ETA %ds ", what, "#".repeat(filled),
            ".".repeat(WIDTH - filled), 100 * done / total, done, total, rate, eta);
        out.flush();
    }
}
