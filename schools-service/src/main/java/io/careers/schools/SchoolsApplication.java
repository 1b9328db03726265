package io.careers.schools;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** schools-service: partners' listings of programs, sponsored placements and the ranked school listing. */
@OpenAPIDefinition(info = @Info(title = "schools-service", version = "1",
    description = "Partner listing API and the Popular Schools listing"))
public final class SchoolsApplication {
    private SchoolsApplication() {
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(SchoolsApplication.class).banner(false).start();
    }
}
