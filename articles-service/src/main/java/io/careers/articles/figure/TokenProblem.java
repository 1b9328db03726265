package io.careers.articles.figure;

/**
 * A token that cannot be rendered, with where it is and what is wrong.
 *
 * @param text    the token as written (or its beginning, when it is not closed)
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong, and what would be right
 */
public record TokenProblem(String text, int line, int column, String message) {

    /** @return the problem as one sentence for an editor */
    public String describe() {
        return "'" + text + "' at line " + line + ", column " + column + ": " + message;
    }
}
