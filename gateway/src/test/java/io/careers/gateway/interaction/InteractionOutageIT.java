package io.careers.gateway.interaction;

import io.careers.contracts.Topics;
import io.careers.gateway.StandIns;
import io.careers.gateway.impression.ImpressionTokens;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaCluster;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Views and clicks sent while the Kafka broker is down are answered 202, held by the gateway, and
 * all reach the topic once the broker is back, each exactly once. The test runs a broker of its
 * own, since it stops it.
 */
class InteractionOutageIT {
    private static final int DURING_OUTAGE = 40;

    @Test
    void interactionsAcceptedDuringABrokerOutageAreDeliveredOnceWhenItIsBack() {
        KafkaCluster broker = TestInfrastructure.privateKafka();
        try (StandIns standIns = new StandIns();
             KafkaTestClient kafka = new KafkaTestClient(broker.adminProperties())) {
            kafka.createTopics(List.of(Topics.INTERACTIONS));
            Map<String, Object> props = new HashMap<>(standIns.gatewayProperties());
            props.putAll(TestInfrastructure.micronautKafka(broker, "gateway"));
            props.put("gateway.rate-limit.enabled", "false");
            try (EmbeddedServer gateway = ApplicationContext.run(EmbeddedServer.class, props);
                 HttpClient http = HttpClient.create(gateway.getURL())) {
                ImpressionTokens impressions = gateway.getApplicationContext().getBean(ImpressionTokens.class);
                Set<String> sent = new HashSet<>();
                sent.add(post(http, impressions));  // before the outage: the gateway learns where the topic is
                InteractionBuffer buffer = gateway.getApplicationContext().getBean(InteractionBuffer.class);
                Eventually.await("the first interaction is delivered", Duration.ofSeconds(20), () -> buffer.pending() == 0);

                broker.stop();
                for (int i = 0; i < DURING_OUTAGE; i++) {
                    sent.add(post(http, impressions));
                }
                assertEquals(DURING_OUTAGE, buffer.pending(), "held, not sent, while the broker is down");
                broker.start();

                Eventually.await("the held interactions are delivered", Duration.ofSeconds(60), () -> buffer.pending() == 0);
                List<String> keys = kafka.readAll(Topics.INTERACTIONS, Duration.ofSeconds(2)).stream()
                    .map(r -> KafkaTestClient.text(r.key())).toList();
                assertEquals(sent, new HashSet<>(keys), "every interaction arrived");
                assertEquals(sent.size(), keys.size(), "each exactly once");
            }
        } finally {
            broker.stop();
        }
    }

    /** A view of a listing of its own, with the token a page that showed it would have carried. */
    private static String post(HttpClient http, ImpressionTokens impressions) {
        String listingId = UUID.randomUUID().toString();
        String token = impressions.issue("medical-records-administration", List.of(listingId));
        HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.POST("/api/v1/interactions",
                "{\"type\": \"LISTING_VIEWED\", \"listingId\": \"" + listingId + "\", \"slug\": \"medical-records-administration\", "
                    + "\"impression\": \"" + token + "\"}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(202, response.getStatus().getCode());
        return listingId;
    }
}
