package io.careers.articles;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** articles-service: editorial articles whose figures are bound to live salary statistics. */
@OpenAPIDefinition(info = @Info(title = "articles-service", version = "1",
    description = "Articles, revisions, publishing and the staleness report"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
    description = "A platform token (HS256, JWT_SECRET) with role EDITOR or ADMIN: ./platform token editor")
public final class ArticlesApplication {
    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(ArticlesApplication.class).banner(false).start();
    }
}
