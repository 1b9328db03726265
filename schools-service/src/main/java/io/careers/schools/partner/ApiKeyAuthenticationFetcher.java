package io.careers.schools.partner;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates partners by {@code X-API-Key}: the partner is the key's owner, never a field of a
 * body. A missing, malformed, unknown or revoked key authenticates nobody (the route then answers
 * 401); a partner has the single role {@value #ROLE}, so admin routes answer it 403.
 */
@Singleton
class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    /** Role of an authenticated partner. */
    static final String ROLE = "PARTNER";
    /** Attribute holding the partner id. */
    static final String PARTNER_ID = "partnerId";
    private static final String HEADER = "X-API-Key";

    private final PartnerAccounts accounts;
    private final Scheduler blocking;

    ApiKeyAuthenticationFetcher(PartnerAccounts accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.accounts = accounts;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<ApiKeys.Presented> presented = ApiKeys.parse(request.getHeaders().get(HEADER));
        if (presented.isEmpty()) {
            return Mono.empty();
        }
        // The key lookup is JDBC: keep it off the event loop.
        return Mono.fromCallable(() -> authenticate(presented.get())).subscribeOn(blocking).flatMap(Mono::justOrEmpty);
    }

    private Optional<Authentication> authenticate(ApiKeys.Presented key) {
        return accounts.activeKey(key.keyId())
            .filter(stored -> ApiKeys.matches(key.secret(), stored.secretHash()))
            .map(stored -> Authentication.build(stored.partnerId(), List.of(ROLE),
                Map.of(PARTNER_ID, stored.partnerId(), "keyId", key.keyId())));
    }
}
