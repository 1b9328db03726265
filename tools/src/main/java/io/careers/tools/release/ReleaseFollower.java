package io.careers.tools.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.Topics;
import io.careers.tools.cli.DeadLetters;
import io.careers.tools.cli.Http;
import io.careers.tools.cli.KafkaOptions;
import io.careers.tools.cli.Progress;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows a release on salary-service after its records were sent ({@code publish-release --wait}):
 * a progress bar of the estimates received, until the release is promoted (or, for one part of a
 * release in parts, until that part is in), a record of the release is dead-lettered, or time is up.
 * It judges only once salary-service's consumer group has committed past every record the run
 * sent, so a release that was current before the run is not taken for this run's success. Dead
 * letters are those written after the run began, to {@code salary.wage-estimates.v1.dlt} and
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
    private final List<String> rejected = new ArrayList<>();
    private final Admin admin;
    private final String consumerGroup;

    /**
     * Notes where the dead-letter topics end: call it before sending anything.
     *
     * @param salaryUrl        salary-service, e.g. http://localhost:8082
     * @param broker           Kafka, and who to connect as
     * @param releaseId        the release
     * @param consumerGroup    salary-service's consumer group
     */
    ReleaseFollower(String salaryUrl, KafkaOptions broker, String releaseId, String consumerGroup) {
        this.releaseUrl = salaryUrl.replaceAll("/+$", "") + "/api/v1/releases/" + releaseId;
        this.releaseId = releaseId;
        this.estimateLetters = new DeadLetters(broker, Topics.deadLetterOf(Topics.WAGE_ESTIMATES));
        this.completionLetters = new DeadLetters(broker, Topics.deadLetterOf(Topics.RELEASES));
        this.estimateStart = estimateLetters.ends();
        this.completionStart = completionLetters.ends();
        this.admin = Admin.create(broker.clientProperties(
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"));
        this.consumerGroup = consumerGroup;
    }

    /**
     * @param expected the estimates the release will hold, as far as this run knows
     * @param part     this run's part, or null for a whole release
     * @param timeout  how long to follow it
     * @param sent     the last offset the run wrote, per partition
     * @param out      where to say how it ended
     * @return {@link #DONE} or {@link #FAILED}
     */
    int follow(long expected, String part, Duration timeout, Map<TopicPartition, Long> sent, PrintWriter out)
        throws InterruptedException {
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
            if (release != null && isDone(release, part) && consumed(sent)) {
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

    /** @return whether salary-service's group has committed past every record the run sent */
    private boolean consumed(Map<TopicPartition, Long> sent) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumerGroup)
                .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            return sent.entrySet().stream().allMatch(last -> committed.get(last.getKey()) != null
                && committed.get(last.getKey()).offset() > last.getValue());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    /** @return every reason read so far; each call reads only the letters written since the last */
    private List<String> rejections() {
        for (DeadLetters.Letter letter : estimateLetters.readFrom(estimateStart)) {
            if (letter.key() != null && letter.key().startsWith(releaseId + ":")) {
                rejected.add(letter.key() + ": " + letter.reason());
            }
        }
        for (DeadLetters.Letter letter : completionLetters.readFrom(completionStart)) {
            if (releaseId.equals(letter.key())) {
                rejected.add("completion record: " + letter.reason());
            }
        }
        return rejected;
    }


    @Override
    public void close() {
        estimateLetters.close();
        completionLetters.close();
        admin.close();
    }
}
