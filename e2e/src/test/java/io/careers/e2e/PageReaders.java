package io.careers.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readers that load a career page from the gateway as fast as they can while something changes
 * (a release promoted), and keep every page whose article text and salary section show two
 * different releases for one occupation. They call with the career site's trusted-client key,
 * so the per-address rate limit does not thin them out.
 */
final class PageReaders implements AutoCloseable {
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger pages = new AtomicInteger();
    private final List<String> mixed = new ArrayList<>();

    PageReaders(Platform platform, String url, int readers) throws IOException {
        String key = Files.readString(platform.state.resolve("web-client-key")).strip();
        Web web = new Web();
        threads = Executors.newFixedThreadPool(readers);
        for (int i = 0; i < readers; i++) {
            int reader = i;
            threads.submit(() -> {
                // Each reader asks for its own schools page, so whole pages are composed, not only served.
                String page = url + "?schoolsPage=" + (1 + reader % 2);
                while (running.get()) {
                    Web.Answer answer = web.get(page, Map.of("X-Client-Key", key));
                    if (answer.status() == 200) {
                        pages.incrementAndGet();
                        String mix = mix(answer.body());
                        if (mix != null) {
                            synchronized (mixed) {
                                mixed.add(mix);
                            }
                        }
                    }
                }
            });
        }
    }

    /**
     * @param page a career page payload
     * @return what is mixed, or null when the text and the salary section show the same release for
     *         every occupation (live figures only: a token pinned with {@code @} shows its own period)
     */
    static String mix(JsonNode page) {
        Map<String, String> text = new HashMap<>();
        for (JsonNode figure : page.path("article").path("figures")) {
            String token = figure.path("token").asText();
            String release = figure.path("citation").path("releaseId").asText(null);
            if (release != null && !token.contains("@")) {
                String soc = token.replace("{{", "").replace("}}", "").split(":")[1].split("\\+")[0];
                text.put(soc, release);
            }
        }
        for (JsonNode occupation : page.path("salary").path("occupations")) {
            String inText = text.get(occupation.path("code").asText());
            String inSection = occupation.path("releaseId").asText(null);
            if (inText != null && inSection != null && !inText.equals(inSection)) {
                return occupation.path("code").asText() + ": text " + inText + ", salary section " + inSection;
            }
        }
        return null;
    }

    /** @return pages read so far */
    int pages() {
        return pages.get();
    }

    /** @return the mixes seen, one line each */
    List<String> mixed() {
        synchronized (mixed) {
            return List.copyOf(mixed);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
