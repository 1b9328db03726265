package io.careers.contracts.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * What a bearer token must be besides well signed, in every service that takes one: it expires
 * ({@code exp} present and at most {@link AccessTokens#MAX_LIFETIME} ahead; micronaut-security accepts a token without {@code exp}
 * forever), and it is an editor's or admin's token. Partners authenticate by API key only: a token
 * that claims the {@code PARTNER} role or names a partner is refused, so whoever can sign an editor
 * token still cannot act as a partner. Issuer and audience are checked by micronaut-security's own
 * validators ({@code micronaut.security.token.jwt.claims-validators}).
 *
 * @param <T> the request type
 */
@Singleton
@Requires(classes = GenericJwtClaimsValidator.class)
public class PlatformTokenRules<T> implements GenericJwtClaimsValidator<T> {
    @Override
    public boolean validate(Claims claims, T request) {
        return expiresInTime(claims.get(Claims.EXPIRATION_TIME)) && !claimsToBeAPartner(claims);
    }

    private static boolean expiresInTime(Object exp) {
        long now = System.currentTimeMillis() / 1000;
        long expiresAt;
        if (exp instanceof Date date) {
            expiresAt = date.getTime() / 1000;
        } else if (exp instanceof Number seconds) {
            expiresAt = seconds.longValue();
        } else {
            return false;
        }
        return expiresAt <= now + AccessTokens.MAX_LIFETIME.toSeconds();
    }

    private static boolean claimsToBeAPartner(Claims claims) {
        if (claims.contains("partnerId")) {
            return true;
        }
        Object roles = claims.get(AccessTokens.ROLES_CLAIM);
        Collection<?> named = roles instanceof Collection<?> list ? list : roles == null ? List.of() : List.of(roles);
        return named.stream().anyMatch(role -> "PARTNER".equals(String.valueOf(role)));
    }
}
