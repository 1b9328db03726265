package io.careers.salary;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** salary-service: OEWS wage estimates, employment projections and releases, from Kafka to a read API. */
@OpenAPIDefinition(info = @Info(title = "salary-service", version = "1",
    description = "Current and historical wage figures and projections per occupation"))
public final class SalaryApplication {
    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(SalaryApplication.class).banner(false).start();
    }
}
