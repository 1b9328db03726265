package io.careers.articles.figure;

import io.careers.contracts.salary.TopCodes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** The top-code thresholds figures are rendered with, from {@code articles.figures.recent-top-code-from}. */
@Factory
class TopCodesFactory {
    @Singleton
    TopCodes topCodes(@Property(name = "articles.figures.recent-top-code-from") String recentFrom) {
        return new TopCodes(recentFrom);
    }
}
