package io.careers.gateway.page;

import io.careers.contracts.page.CareerPage;

/** What composing a page gave. */
sealed interface PageOutcome {
    /**
     * @param page      the payload
     * @param wholeAndFresh every part OK: the page may be cached whole
     */
    record Composed(CareerPage page, boolean wholeAndFresh) implements PageOutcome {
    }

    /**
     * The schools section alone.
     *
     * @param schools the section
     */
    record SchoolsOnly(CareerPage.SchoolsPart schools) implements PageOutcome {
    }

    /** No published article has the slug. */
    record NotFound() implements PageOutcome {
    }

    /** articles-service failed and no copy of the article is cached. */
    record ArticleUnavailable() implements PageOutcome {
    }
}
