package io.careers.salary.estimate;

/** PostgreSQL {@code COPY} text format, one field at a time. */
final class CopyText {
    private CopyText() {
    }

    /**
     * @param out   the rows written so far
     * @param value a field, or null
     * @return {@code out}, with the field escaped: backslash, tab, line feed and carriage return as
     *         backslash sequences, null as {@code \N}
     */
    static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
