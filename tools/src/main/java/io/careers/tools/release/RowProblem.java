package io.careers.tools.release;

/**
 * A row that cannot be published, and why.
 *
 * @param line    1-based line in the file
 * @param message what is wrong, naming the column
 */
public record RowProblem(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
