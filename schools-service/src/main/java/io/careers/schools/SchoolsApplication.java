package io.careers.schools;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** schools-service: partners' listings of programs, sponsored placements and the ranked school listing. */
@OpenAPIDefinition(info = @Info(title = "schools-service", version = "1",
    description = "Partner listing API and the Popular Schools listing"))
@SecurityScheme(name = "partnerKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key",
    description = "A partner's API key, issued by an admin (POST /api/v1/admin/partners): the partner API")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
    description = "A platform token (HS256, JWT_SECRET) with role ADMIN: ./platform token admin")
public final class SchoolsApplication {
    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(SchoolsApplication.class).banner(false).start();
    }
}
