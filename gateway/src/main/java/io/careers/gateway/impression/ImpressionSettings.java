package io.careers.gateway.impression;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * Impression tokens, under {@code gateway.impressions}; the defaults are here and nowhere else.
 *
 * @param secret the HMAC key that signs tokens ({@code GATEWAY_IMPRESSION_SECRET}, at least 32
 *               characters), shared by every gateway instance so that a token issued by one is
 *               honoured by the others; when blank, each gateway makes a random one at start and its
 *               tokens die with it
 * @param ttl    how long after a page was served its listings may be reported viewed or clicked
 *               (default 1 h)
 * @param previousSecrets secrets tokens were signed with before {@code secret} replaced them
 *               ({@code GATEWAY_IMPRESSION_PREVIOUS_SECRETS}, comma-separated): still honoured, never
 *               used to sign, so a rotation does not void the tokens of pages already open. Drop them
 *               once {@code ttl} has passed
 */
@ConfigurationProperties("gateway.impressions")
public record ImpressionSettings(@Nullable String secret, @Bindable(defaultValue = "1h") Duration ttl,
                                 @Nullable List<String> previousSecrets) {

    /**
     * @param secret the signing secret, or null for a random one
     * @param ttl    how long a token counts
     */
    public ImpressionSettings(@Nullable String secret, Duration ttl) {
        this(secret, ttl, List.of());
    }
}
