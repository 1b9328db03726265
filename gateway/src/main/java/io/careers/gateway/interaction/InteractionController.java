package io.careers.gateway.interaction;

import io.careers.contracts.ContractEvent;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.RequestChecks;
import io.careers.contracts.http.openapi.MalformedJsonAnswer;
import io.careers.contracts.http.openapi.RateLimitedAnswer;
import io.careers.gateway.impression.Impression;
import io.careers.gateway.impression.ImpressionTokens;
import io.careers.gateway.impression.InvalidImpressionException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Views and clicks of school listings, published to {@code gateway.interactions.v1} for popularity
 * through the {@link InteractionBuffer}, which keeps them through a broker outage.
 */
@Controller("/api/v1/interactions")
@Tag(name = "interactions")
record InteractionController(InteractionBuffer buffer, ObjectMapper json, RequestChecks checks, ImpressionTokens impressions) {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionController.class);

    @Post
    @Operation(summary = "Records a view or click of a school listing",
        description = "Send the Impression-Token header of the page or schools answer that showed the listing: a view "
            + "or click counts once per token and listing, within gateway.impressions.ttl of that answer. "
            + "202 once the gateway holds it: it reaches Kafka as soon as the broker takes it, also after an "
            + "outage of up to gateway.interactions.hold-for. 503 when the gateway cannot hold more.")
    @ApiResponse(responseCode = "202", description = "held by the gateway; it reaches Kafka as soon as the broker takes it")
    @MalformedJsonAnswer
    @ApiResponse(responseCode = "422", description = "a bad type, listing id or slug, or an impression token that the "
        + "gateway did not issue, that has expired or that does not list the listing, with errors[]",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "the body is larger than the gateway reads",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @RateLimitedAnswer
    @ApiResponse(responseCode = "503", description = "the gateway cannot hold more interactions now",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Mono<HttpResponse<?>> record(@Body InteractionRequest request) {
        ContractEvent event = event(checks.valid(request));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INTERACTIONS,
            request.listingId().getBytes(StandardCharsets.UTF_8), bytes(event));
        record.headers().add("eventType", event.eventType().getBytes(StandardCharsets.UTF_8));
        // accept() may block for room in the buffer or for metadata: never on the event loop.
        return Mono.fromRunnable(() -> buffer.accept(record))
            .subscribeOn(Schedulers.boundedElastic())
            .<HttpResponse<?>>thenReturn(HttpResponse.accepted())
            .onErrorResume(e -> {
                LOG.warn("could not publish an interaction", e);
                return Mono.error(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The interaction could not be recorded; try again shortly."));
            });
    }

    /** The event's id comes from the impression: the same view or click posted again is the same event. */
    private ContractEvent event(InteractionRequest request) {
        Impression impression;
        try {
            impression = impressions.verify(request.impression(), request.slug(), request.listingId());
        } catch (InvalidImpressionException e) {
            throw ProblemException.invalid(List.of(new FieldError("impression", e.getMessage())));
        }
        String listingId = request.listingId();
        return "LISTING_CLICKED".equals(request.type())
            ? ListingClicked.of(impression.eventId(listingId, ListingClicked.TYPE), listingId, impression.slug())
            : ListingViewed.of(impression.eventId(listingId, ListingViewed.TYPE), listingId, impression.slug());
    }

    private byte[] bytes(ContractEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
