package io.careers.schools.partner;

/** A partner wrote listings faster than {@link PartnerWriteSettings} allows; answered 429 with {@code Retry-After}. */
public class WriteLimitExceeded extends RuntimeException {
    private final long retryAfterSeconds;

    WriteLimitExceeded(String partnerId, int listings, long retryAfterSeconds) {
        super("Partner " + partnerId + " writes listings faster than its limit; this write of " + listings
            + (listings == 1 ? " listing" : " listings") + " can be taken in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return whole seconds until the same write would be taken */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
