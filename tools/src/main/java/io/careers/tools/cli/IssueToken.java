package io.careers.tools.cli;

import io.careers.contracts.auth.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Prints a bearer token for the editor or admin APIs: what {@code ./platform token} runs. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Prints a bearer token for the editor or admin APIs, signed with the JWT_SECRET of the environment.")
public final class IssueToken extends ToolCommand {
    @Parameters(index = "0", description = "editor or admin")
    String role;
    @Option(names = "--subject", description = "the token's subject (default local-<role>)")
    String subject;
    @Option(names = "--ttl", defaultValue = "P30D", description = "how long it is valid, ISO-8601, at most 31 days (default ${DEFAULT-VALUE})")
    Duration ttl;

    @Override
    public Integer call() {
        String name = role.toLowerCase(Locale.ROOT);
        if (!List.of("editor", "admin").contains(name)) {
            spec.commandLine().getErr().println("the role must be editor or admin; was " + role);
            return 2;
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(AccessTokens.MAX_LIFETIME) > 0) {
            spec.commandLine().getErr().println("--ttl must be more than nothing and at most "
                + AccessTokens.MAX_LIFETIME.toDays() + " days (the services refuse longer tokens); was " + ttl);
            return 2;
        }
        String secret = System.getenv("JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            spec.commandLine().getErr().println("JWT_SECRET is not set");
            return 2;
        }
        String who = subject != null ? subject : "local-" + name;
        spec.commandLine().getOut().println(AccessTokens.issue(secret, who, List.of(name.toUpperCase(Locale.ROOT)), ttl));
        return 0;
    }
}
