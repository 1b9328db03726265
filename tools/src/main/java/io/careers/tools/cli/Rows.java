package io.careers.tools.cli;

import java.io.Closeable;
import java.io.IOException;

/**
 * The non-blank rows of a table file, read one at a time as they are asked for, so that a release
 * of some 400,000 rows is never held in memory as text.
 */
interface Rows extends Closeable {
    /**
     * @return the next row, or null after the last
     * @throws IOException when the file cannot be read
     */
    Table.Record next() throws IOException;
}
