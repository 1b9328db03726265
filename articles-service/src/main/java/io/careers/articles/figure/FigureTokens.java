package io.careers.articles.figure;

import io.careers.contracts.id.IdentifierFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figure tokens of a Markdown text and checks their grammar (contracts.md): every
 * {@code {{...}}} is a token, so a typo is reported at save instead of shown to readers.
 */
public final class FigureTokens {
    /** Longest token accepted; anything longer is a missing {@code }}}. */
    private static final int MAX_TOKEN_LENGTH = 80;
    private static final Set<String> WAGE_BASES = Set.of("annual", "hourly");
    private static final Set<String> WAGE_MEASURES = Set.of("mean", "p10", "p25", "median", "p75", "p90");
    /** Projection measures a token can show. */
    public static final Set<String> PROJECTION_MEASURES =
        Set.of("percentChange", "baseEmployment", "projectedEmployment", "annualOpenings");

    private FigureTokens() {
    }

    /**
     * The tokens of a text and the problems of the malformed ones.
     *
     * @param tokens   well-formed tokens in order
     * @param problems malformed ones in order
     */
    public record Scan(List<FigureToken> tokens, List<TokenProblem> problems) {
    }

    /**
     * @param markdown the text
     * @return its tokens and problems
     */
    public static Scan scan(String markdown) {
        List<FigureToken> tokens = new ArrayList<>();
        List<TokenProblem> problems = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = markdown.indexOf("{{", from);
            if (start < 0) {
                break;
            }
            int line = lineOf(markdown, start);
            int column = start - markdown.lastIndexOf('\n', start - 1);
            int end = markdown.indexOf("}}", start + 2);
            int newline = markdown.indexOf('\n', start);
            if (end < 0 || (newline >= 0 && newline < end) || end - start > MAX_TOKEN_LENGTH) {
                String shown = markdown.substring(start, Math.min(markdown.length(), start + 30)).split("\n", 2)[0];
                problems.add(new TokenProblem(shown, line, column, "the token is not closed with }}"));
                from = start + 2;
                continue;
            }
            String text = markdown.substring(start, end + 2);
            parse(text, markdown.substring(start + 2, end), line, column, tokens, problems);
            from = end + 2;
        }
        return new Scan(tokens, problems);
    }

    private static void parse(String text, String inner, int line, int column,
                              List<FigureToken> tokens, List<TokenProblem> problems) {
        String body = inner.strip();
        boolean dated = false;
        int plus = body.indexOf('+');
        if (plus >= 0) {
            String option = body.substring(plus);
            if (!option.equals(FigureToken.DATED)) {
                problems.add(new TokenProblem(text, line, column, "unknown option '" + option + "'; the one option is "
                    + FigureToken.DATED + ", after the pin if there is one"));
                return;
            }
            dated = true;
            body = body.substring(0, plus);
        }
        String pin = null;
        int at = body.indexOf('@');
        if (at >= 0) {
            pin = body.substring(at + 1);
            body = body.substring(0, at);
        }
        String[] parts = body.split(":", -1);
        String problem;
        FigureToken token = null;
        switch (parts[0]) {
            case "wage" -> {
                problem = arity(parts, 3, "wage:<soc>:<annual|hourly>.<mean|median|p10|p25|p75|p90>");
                if (problem == null) {
                    problem = firstOf(soc(parts[1]), wageMeasure(parts[2]), monthPin(pin));
                    token = new FigureToken(text, FigureToken.Kind.WAGE, parts[1], parts[2], pin, dated, line, column);
                }
            }
            case "employment", "period" -> {
                problem = arity(parts, 2, parts[0] + ":<soc>");
                if (problem == null) {
                    problem = firstOf(soc(parts[1]), monthPin(pin));
                    FigureToken.Kind kind = parts[0].equals("period") ? FigureToken.Kind.PERIOD : FigureToken.Kind.EMPLOYMENT;
                    token = new FigureToken(text, kind, parts[1], null, pin, dated, line, column);
                }
            }
            case "projection" -> {
                problem = arity(parts, 3, "projection:<soc>:percentChange");
                if (problem == null) {
                    problem = firstOf(soc(parts[1]), projectionMeasure(parts[2]), projectionPin(pin));
                    token = new FigureToken(text, FigureToken.Kind.PROJECTION, parts[1], parts[2], pin, dated, line, column);
                }
            }
            default -> problem = "unknown kind '" + parts[0] + "'; a token starts with wage:, employment:, projection: or period:";
        }
        if (problem != null) {
            problems.add(new TokenProblem(text, line, column, problem));
        } else {
            tokens.add(token);
        }
    }

    private static String arity(String[] parts, int expected, String form) {
        return parts.length == expected ? null : "expected the form {{" + form + "}}";
    }

    private static String soc(String code) {
        return IdentifierFormat.SOC.matches(code) ? null : "'" + code + "' is not a SOC code (NN-NNNN, e.g. 29-2072)";
    }

    private static String wageMeasure(String measure) {
        String[] parts = measure.split("\\.", -1);
        if (parts.length == 2 && WAGE_BASES.contains(parts[0]) && WAGE_MEASURES.contains(parts[1])) {
            return null;
        }
        return "unknown measure '" + measure + "'; use annual. or hourly. followed by mean, median, p10, p25, p75 or p90";
    }

    private static String projectionMeasure(String measure) {
        return PROJECTION_MEASURES.contains(measure) ? null
            : "unknown projection measure '" + measure + "'; use percentChange, baseEmployment, projectedEmployment or annualOpenings";
    }

    private static String monthPin(String pin) {
        return pin == null || IdentifierFormat.REFERENCE_PERIOD.matches(pin) ? null
            : "the pin '@" + pin + "' must be a reference period YYYY-MM, e.g. @2013-05";
    }

    private static String projectionPin(String pin) {
        return pin == null || IdentifierFormat.PROJECTION_PERIOD.matches(pin) ? null
            : "the pin '@" + pin + "' must be a projection period YYYY-YYYY, e.g. @2012-2022";
    }

    private static String firstOf(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
