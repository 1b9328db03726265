package io.careers.web.career;

import io.careers.contracts.page.FigureFormat;
import io.careers.contracts.page.Occupation;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template: the geometry is computed here, so
 * the page needs no JavaScript and the numbers can be tested. Bars are scaled to the largest
 * absolute value; a negative value (a shrinking occupation) is drawn in its own style.
 *
 * @param title   the chart's accessible name (text)
 * @param width   SVG width
 * @param height  SVG height
 * @param bars    the bars, top to bottom
 */
public record BarChart(String title, int width, int height, List<Bar> bars) {
    static final int WIDTH = 600;
    /** The longest bar; the rest of the width is for the value's text after it. */
    static final int BAR_AREA = 480;
    /** A row is the label on a line of its own (occupation titles are long), then the bar. */
    static final int ROW = 44;
    static final int LABEL_HEIGHT = 18;
    static final int BAR_HEIGHT = 16;

    /**
     * @param label     what the bar stands for (text)
     * @param valueText the value as readers see it
     * @param y         top of the row: the label's line, then the bar
     * @param length    bar length, at least 1 so a zero still shows
     * @param negative  whether the value is below zero
     */
    public record Bar(String label, String valueText, int y, int length, boolean negative) {
        /** @return the baseline of the label */
        public int labelY() {
            return y + LABEL_HEIGHT - 5;
        }

        /** @return the top of the bar */
        public int barY() {
            return y + LABEL_HEIGHT;
        }

        /** @return where the value's text starts, after the bar */
        public int textX() {
            return length + 6;
        }

        /** @return the baseline of the value's text, beside the bar */
        public int textY() {
            return barY() + BAR_HEIGHT - 3;
        }
    }

    private record Value(String label, BigDecimal value, String text) {
    }

    /** @return the height of each bar */
    public int barHeight() {
        return BAR_HEIGHT;
    }

    /**
     * @param occupation an occupation of the salary section
     * @return its annual wage percentiles, or null when it has none to draw (all footnoted or missing)
     */
    public static @Nullable BarChart wages(Occupation occupation) {
        Occupation.Wages annual = occupation.annual();
        List<Value> values = new ArrayList<>();
        add(values, "10th percentile", annual.p10());
        add(values, "25th percentile", annual.p25());
        add(values, "Median", annual.median());
        add(values, "75th percentile", annual.p75());
        add(values, "90th percentile", annual.p90());
        return values.isEmpty() ? null : of("Annual wages of " + occupation.title(), values);
    }

    private static void add(List<Value> values, String label, @Nullable BigDecimal value) {
        if (value != null) {
            values.add(new Value(label, value, FigureFormat.annual(value)));
        }
    }

    /**
     * @param occupations the occupations of the salary section
     * @return each occupation's projected change in employment, or null when none has a projection
     */
    public static @Nullable BarChart growth(List<Occupation> occupations) {
        List<Value> values = new ArrayList<>();
        String period = null;
        for (Occupation occupation : occupations) {
            Occupation.Projection projection = occupation.projection();
            if (projection != null && projection.percentChange() != null) {
                values.add(new Value(occupation.title(), projection.percentChange(),
                    FigureFormat.percent(projection.percentChange())));
                period = projection.period();
            }
        }
        return values.isEmpty() ? null : of("Projected change in employment, " + period, values);
    }

    private static BarChart of(String title, List<Value> values) {
        BigDecimal largest = values.stream().map(v -> v.value().abs()).max(BigDecimal::compareTo).orElseThrow();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            int length = largest.signum() == 0 ? 1 : Math.max(1, v.value().abs()
                .multiply(BigDecimal.valueOf(BAR_AREA)).divide(largest, 0, RoundingMode.HALF_UP).intValue());
            bars.add(new Bar(v.label(), v.text(), i * ROW, length, v.value().signum() < 0));
        }
        return new BarChart(title, WIDTH, values.size() * ROW, List.copyOf(bars));
    }
}
