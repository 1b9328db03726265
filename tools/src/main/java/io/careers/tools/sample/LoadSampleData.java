package io.careers.tools.sample;

import io.careers.tools.cli.CareersTools;
import io.careers.tools.cli.Http;
import io.careers.tools.cli.KafkaOptions;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the sample data set through the public paths, never by SQL: SOC crosswalks, OEWS releases
 * and projections with the publishers, partners through the admin API and their listings through the
 * partner API, articles through the editorial API. Every step can run again without changing
 * anything: estimates repeat their keys and revisions, existing partners reuse their stored keys,
 * existing articles are found by slug.
 */
@Command(name = "load-sample-data", mixinStandardHelpOptions = true,
    description = "Loads the sample data set (sample-data/) into a running platform through its public APIs and topics.")
public final class LoadSampleData extends ToolCommand {
    @Option(names = "--dir", defaultValue = "sample-data", description = "the sample data directory (default: ${DEFAULT-VALUE})")
    Path dir;
    @Option(names = "--state", defaultValue = ".platform/sample-data", description = "where partner keys are kept (default: ${DEFAULT-VALUE})")
    Path state;
    @Mixin
    KafkaOptions broker;
    @Option(names = "--salary-url", defaultValue = "${SALARY_URL:-http://localhost:8082}")
    String salaryUrl;
    @Option(names = "--schools-url", defaultValue = "${SCHOOLS_URL:-http://localhost:8083}")
    String schoolsUrl;
    @Option(names = "--articles-url", defaultValue = "${ARTICLES_URL:-http://localhost:8081}")
    String articlesUrl;
    @Option(names = "--jwt-secret", required = true, defaultValue = "${JWT_SECRET}", description = "the platform's JWT secret (or JWT_SECRET)")
    String jwtSecret;

    /** The sub-commands connect as this command does. */
    private String commandConfig() {
        return broker.commandConfig == null ? "" : broker.commandConfig;
    }

    @Override
    public Integer call() throws Exception {
        Http http = new Http();
        for (Path crosswalk : files(dir.resolve("crosswalks"), ".csv")) {
            out().println("SOC crosswalk from " + crosswalk);
            check(CareersTools.run("publish-crosswalk", crosswalk.toString(), "--bootstrap-servers", broker.bootstrapServers, "--command-config", commandConfig()),
                "publish-crosswalk " + crosswalk);
        }
        List<Path> releases = files(dir.resolve("releases"), ".csv");
        for (Path release : releases) {
            String period = release.getFileName().toString().replaceAll("^oews-(\\d{4}-\\d{2})\\.csv$", "$1");
            out().println("release " + period + " from " + release);
            check(CareersTools.run("publish-release", release.toString(), "--period", period,
                "--bootstrap-servers", broker.bootstrapServers, "--command-config", commandConfig()), "publish-release " + release);
        }
        for (Path projections : files(dir.resolve("projections"), ".csv")) {
            out().println("projections from " + projections);
            check(CareersTools.run("publish-projections", projections.toString(), "--soc-version", "2010",
                "--bootstrap-servers", broker.bootstrapServers, "--command-config", commandConfig()), "publish-projections " + projections);
        }
        awaitReleases(http, releases.size());
        new SamplePartners(http, schoolsUrl, jwtSecret, state, out()).load(dir.resolve("partners"));
        new SampleArticles(http, articlesUrl, jwtSecret, out()).load(dir.resolve("articles.json"));
        out().println("sample data loaded");
        return 0;
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exit);
        }
    }

    /** Waits until salary-service has promoted every sample release (none PENDING). */
    private void awaitReleases(Http http, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Http.Answer answer = http.send("GET", salaryUrl + "/api/v1/releases", null, Map.of());
            if (answer.status() == 200 && answer.body() != null) {
                long settled = 0;
                long pending = 0;
                for (var release : answer.body().isArray() ? answer.body() : answer.body().path("releases")) {
                    if ("PENDING".equals(release.path("status").asText())) {
                        pending++;
                    } else {
                        settled++;
                    }
                }
                if (pending == 0 && settled >= expected) {
                    out().println("salary-service holds " + settled + " releases, none pending");
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("salary-service did not promote the sample releases within 3 minutes");
    }

    private static List<Path> files(Path directory, String suffix) throws Exception {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
