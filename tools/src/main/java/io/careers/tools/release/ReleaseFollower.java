package io.careers.tools.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.Topics;
import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.Http;
import io.careers.tools.cli.Progress;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Follows a release on salary-service after its records were sent ({@code publish-release --wait}):
 * a progress bar of the estimates received, until the release is promoted (or, for one part of a
 * release in parts, until that part is in), a record of the release is dead-lettered, or time is up.
 * Dead letters are those written after the run began, to {@code salary.wage-estimates.v1.dlt} and
 * {@code salary.releases.v1.dlt}, whose key names the release.
 */
final class ReleaseFollower implements AutoCloseable {
    /** Exit code: the release (or this run's part) is in. */
    static final int DONE = 0;
    /** Exit code: records were dead-lettered, or the release is still incomplete when time is up. */
    static final int FAILED = 1;

    private final String releaseUrl;
    private final String releaseId;
    private final Http http = new Http();
    private final DeadLetters estimateLetters;
    private final DeadLetters completionLetters;
    private final Map<TopicPartition, Long> estimateStart;
    private final Map<TopicPartition, Long> completionStart;

    /**
     * Notes where the dead-letter topics end: call it before sending anything.
     *
     * @param salaryUrl        salary-service, e.g. http://localhost:8082
     * @param bootstrapServers Kafka
     * @param releaseId        the release
     */
    ReleaseFollower(String salaryUrl, String bootstrapServers, String releaseId) {
        this.releaseUrl = salaryUrl.replaceAll("/+$", "") + "/api/v1/releases/" + releaseId;
        this.releaseId = releaseId;
        this.estimateLetters = new DeadLetters(bootstrapServers, Topics.deadLetterOf(Topics.WAGE_ESTIMATES));
        this.completionLetters = new DeadLetters(bootstrapServers, Topics.deadLetterOf(Topics.RELEASES));
        this.estimateStart = estimateLetters.ends();
        this.completionStart = completionLetters.ends();
    }

    /**
     * @param expected the estimates the release will hold, as far as this run knows
     * @param part     this run's part, or null for a whole release
     * @param timeout  how long to follow it
     * @param out      where to say how it ended
     * @return {@link #DONE} or {@link #FAILED}
     */
    int follow(long expected, String part, Duration timeout, PrintWriter out) throws InterruptedException {
        Progress progress = new Progress("received by salary-service", expected, System.err);
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode release = null;
        while (System.nanoTime() < deadline) {
            Http.Answer answer = read();
            release = answer == null || answer.status() != 200 ? release : answer.body();
            if (release != null) {
                progress.advanceTo(Math.min(expected, release.path("received").asLong()));
            }
            List<String> rejected = rejections();
            if (!rejected.isEmpty()) {
                progress.finish();
                out.println(rejected.size() + " record(s) of " + releaseId + " were dead-lettered:");
                rejected.stream().limit(20).forEach(reason -> out.println("  " + reason));
                out.println("Fix them and publish again, or see them with: dead-letters list " + Topics.WAGE_ESTIMATES);
                return FAILED;
            }
            if (release != null && isDone(release, part)) {
                progress.finish();
                out.println(releaseId + " is " + release.path("status").asText()
                    + (part != null && "PENDING".equals(release.path("status").asText())
                    ? ": part " + part + " is in. " + release.path("note").asText() : "."));
                return DONE;
            }
            Thread.sleep(500);
        }
        progress.finish();
        out.println(releaseId + " is not complete after " + timeout.toSeconds() + " s: "
            + (release == null ? "salary-service does not know it" : release.path("status").asText() + ". "
            + release.path("note").asText()));
        return FAILED;
    }

    private static boolean isDone(JsonNode release, String part) {
        String status = release.path("status").asText();
        if (!"PENDING".equals(status)) {
            return true;
        }
        if (part == null) {
            return false;
        }
        // The part is in when its completion record is, and what the release waits for is other parts only.
        boolean partIn = false;
        for (JsonNode received : release.path("partsReceived")) {
            partIn |= part.equals(received.asText());
        }
        return partIn && release.path("note").asText().startsWith("Waiting for the completion record");
    }

    private Http.Answer read() {
        try {
            return http.send("GET", releaseUrl, null, Map.of());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private List<String> rejections() {
        List<String> reasons = new ArrayList<>();
        for (DeadLetters.Letter letter : estimateLetters.readFrom(estimateStart)) {
            if (letter.key() != null && letter.key().startsWith(releaseId + ":")) {
                reasons.add(letter.key() + ": " + letter.reason());
            }
        }
        for (DeadLetters.Letter letter : completionLetters.readFrom(completionStart)) {
            if (releaseId.equals(letter.key())) {
                reasons.add("completion record: " + letter.reason());
            }
        }
        return reasons;
    }

    @Override
    public void close() {
        estimateLetters.close();
        completionLetters.close();
    }
}
