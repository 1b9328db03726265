package io.careers.schools.listing;

import io.careers.contracts.api.schools.SchoolItem;
import io.careers.contracts.api.schools.SchoolsPage;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Program;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answer cache is bounded by the entries its answers hold, not only by how many answers. */
class SchoolsPageCacheTest {
    private static final SchoolItem ITEM = new SchoolItem("l1", "i1", "p1",
        new Institution("Mohawk Valley Community College", "Utica", "NY", null, null),
        new Program("Health Information Technology", "51.0707", Credential.ASSOCIATE, Delivery.ONLINE, null, null),
        false, null, new SchoolItem.Rank("POPULARITY", null, 0));

    private static SchoolsQuery query(int page) {
        return new SchoolsQuery(List.of("51.0707"), null, null, null, null, new PageRequest(page, 50), LocalDate.of(2026, 12, 5));
    }

    private static SchoolsPage fullPage() {
        return new SchoolsPage(Collections.nCopies(50, ITEM), 1, 50, 5_000, 100);
    }

    @Test
    void fullPagesFillItsWeightBeforeItsEntries() {
        SchoolsPageCache cache = new SchoolsPageCache(Duration.ofMinutes(5));
        AtomicInteger loads = new AtomicInteger();
        int fit = SchoolsPageCache.MAX_ITEMS / 51;
        for (int page = 1; page <= fit + 1; page++) {
            cache.get(query(page), () -> {
                loads.incrementAndGet();
                return fullPage();
            });
            assertTrue(cache.weight() <= SchoolsPageCache.MAX_ITEMS, "weight held: " + cache.weight());
        }
        assertEquals(51, cache.weight(), "full: started again with the newest answer");
        cache.get(query(fit + 1), () -> {
            loads.incrementAndGet();
            return fullPage();
        });
        assertEquals(fit + 1, loads.get(), "the newest answer was kept");
    }
}
