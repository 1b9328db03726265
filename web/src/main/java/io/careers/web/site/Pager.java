package io.careers.web.site;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Links to the pages of a paginated list: "« Previous", up to seven numbered pages around the
 * current one, "Next »". Plain links, so paging works without JavaScript.
 *
 * @param page       the page shown, from 1
 * @param totalPages how many pages there are
 * @param previous   the previous page's address, or null on the first
 * @param next       the next page's address, or null on the last
 * @param links      numbered pages around the current one
 */
public record Pager(int page, long totalPages, @Nullable String previous, @Nullable String next, List<Link> links) {
    private static final int AROUND = 3;

    /**
     * @param number  page number
     * @param href    its address
     * @param current whether it is the page shown
     */
    public record Link(int number, String href, boolean current) {
    }

    /**
     * @param page       the page shown
     * @param totalPages pages in all (0 for an empty list)
     * @param href       the address of a page number
     * @return the pager; without links when everything fits on one page
     */
    public static Pager of(int page, long totalPages, IntFunction<String> href) {
        List<Link> links = new ArrayList<>();
        if (totalPages > 1) {
            long last = Math.min(totalPages, Math.max(page, 1) + AROUND);
            for (int n = Math.max(1, page - AROUND); n <= last; n++) {
                links.add(new Link(n, href.apply(n), n == page));
            }
        }
        String previous = page > 1 && page <= totalPages ? href.apply(page - 1) : null;
        String next = page < totalPages ? href.apply(page + 1) : null;
        return new Pager(page, totalPages, previous, next, List.copyOf(links));
    }

    /**
     * @param text a page number as given in an address
     * @return the number, or 0 when it is not a page number (the caller answers 404)
     */
    public static int number(String text) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(text);
    }

    /** @return whether there is anything to page through */
    public boolean shown() {
        return totalPages > 1;
    }
}
