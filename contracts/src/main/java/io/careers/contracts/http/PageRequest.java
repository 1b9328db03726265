package io.careers.contracts.http;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A requested page of a list, checked the same way on every API: the page from 1 to
 * {@value #MAX_PAGE} (deeper pages are no one's reading, and each costs a scan), the size from 1 to
 * the list's own maximum.
 *
 * @param page page number, from 1
 * @param size items per page
 */
public record PageRequest(int page, int size) {
    /** The deepest page any list serves. */
    public static final int MAX_PAGE = 10_000;

    /**
     * @param page        the page asked for, or null for the first
     * @param size        the size asked for, or null for the default
     * @param defaultSize the list's default size
     * @param maxSize     the list's largest size
     * @param pageField   the page parameter's name, e.g. {@code page} or {@code schoolsPage}
     * @param sizeField   the size parameter's name
     * @param errors      where a bad parameter is named
     * @return the page, also when a parameter was bad (the caller throws once every field is checked)
     */
    public static PageRequest check(@Nullable Integer page, @Nullable Integer size, int defaultSize, int maxSize,
                                    String pageField, String sizeField, List<FieldError> errors) {
        int number = page == null ? 1 : page;
        int items = size == null ? defaultSize : size;
        if (number < 1 || number > MAX_PAGE) {
            errors.add(new FieldError(pageField, "must be 1 to " + MAX_PAGE + "; was " + number));
        }
        if (items < 1 || items > maxSize) {
            errors.add(new FieldError(sizeField, "must be 1 to " + maxSize + "; was " + items));
        }
        return new PageRequest(number, items);
    }

    /** @return how many items come before this page */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /**
     * @param total items in the whole list
     * @return how many pages the list has at this size
     */
    public long pagesOf(long total) {
        return (total + size - 1) / size;
    }
}
