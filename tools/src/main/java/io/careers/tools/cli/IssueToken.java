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
    /** The roles a person's token may carry; partners authenticate with API keys instead. */
    enum Role {
        EDITOR, ADMIN
    }

    @Parameters(index = "0", description = "editor or admin")
    Role role;
    @Option(names = "--subject", description = "the token's subject (default local-<role>)")
    String subject;
    @Option(names = "--ttl", description = "how long it is valid, ISO-8601 such as P7D, at most 31 days (default 30 days)")
    Duration ttl = Duration.ofDays(30);

    @Override
    public Integer call() {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(AccessTokens.MAX_LIFETIME) > 0) {
            err().println("--ttl must be more than nothing and at most " + AccessTokens.MAX_LIFETIME.toDays()
                + " days (the services refuse longer tokens); was " + ttl);
            return 2;
        }
        String secret = System.getenv("JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            err().println("JWT_SECRET is not set");
            return 2;
        }
        String who = subject != null ? subject : "local-" + role.name().toLowerCase(Locale.ROOT);
        out().println(AccessTokens.issue(secret, who, List.of(role.name()), ttl));
        return 0;
    }
}
