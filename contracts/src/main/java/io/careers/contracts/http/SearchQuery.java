package io.careers.contracts.http;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor typed into a search box, as words: letters and digits only, lower case, so no
 * character of it reaches a query language. Checked the same way by the gateway and the service
 * that searches, so a query the gateway passes on is never refused behind it.
 *
 * @param words the words, in the order typed, at most {@value #MAX_WORDS}
 */
public record SearchQuery(List<String> words) {
    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The most words a query may have. */
    public static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A query has words. */
    public SearchQuery {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a search query has at least one word");
        }
    }

    /**
     * @param text   what was typed, or null when nothing was
     * @param field  the parameter's name, e.g. {@code q}
     * @param errors where a bad query is named
     * @return the query, or null when there is none or it is bad (then {@code errors} says why)
     */
    @Nullable
    public static SearchQuery check(@Nullable String text, String field, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_LENGTH + " characters; was " + text.length()));
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            errors.add(new FieldError(field, "must contain a word (letters or digits)"));
            return null;
        }
        if (words.size() > MAX_WORDS) {
            errors.add(new FieldError(field, "must have at most " + MAX_WORDS + " words; had " + words.size()));
            return null;
        }
        return new SearchQuery(words);
    }

    /** @return the words separated by spaces: the query as a cache key and for similarity */
    public String text() {
        return String.join(" ", words);
    }

    /** @return a PostgreSQL {@code tsquery} where every word must start a word of the text: {@code medic:* & record:*} */
    public String prefixQuery() {
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }
}
