package io.careers.articles;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** articles-service: editorial articles whose figures are bound to live salary statistics. */
@OpenAPIDefinition(info = @Info(title = "articles-service", version = "1",
    description = "Articles, revisions, publishing and the staleness report"))
public final class ArticlesApplication {
    private ArticlesApplication() {
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(ArticlesApplication.class).banner(false).start();
    }
}
