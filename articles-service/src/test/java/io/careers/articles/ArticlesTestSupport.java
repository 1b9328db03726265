package io.careers.articles;

import io.careers.contracts.Topics;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.careers.testkit.TestTokens;

import java.util.List;
import java.util.Map;

/** A database, a consumer group and a JWT secret of a test class's own, and tokens signed with it. */
public final class ArticlesTestSupport {
    /** The signing secret of the tests (256 bits). */
    public static final String SECRET = "articles-test-secret-articles-test-secret-0123";
    public static final List<String> INPUTS = List.of(Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS);
    private static final List<String> TOPICS = List.of(Topics.OCCUPATION_STATS, Topics.deadLetterOf(Topics.OCCUPATION_STATS),
        Topics.RELEASE_EVENTS, Topics.deadLetterOf(Topics.RELEASE_EVENTS), Topics.ARTICLES);

    private ArticlesTestSupport() {
    }

    /** @return properties for a test class: its own database, and a consumer group starting at the topics' end */
    public static Map<String, String> properties(String name, KafkaTestClient kafka) {
        Map<String, String> properties = TestInfrastructure.serviceProperties("articles", name, kafka, TOPICS, INPUTS);
        properties.put("JWT_SECRET", SECRET);
        properties.put("articles.scheduler.interval", "200ms");
        return properties;
    }

    /** @return a bearer token of an editor */
    public static String editor() {
        return token("editor@example.com", List.of("EDITOR"));
    }

    /** @return a bearer token with the given roles, signed with {@link #SECRET} */
    public static String token(String subject, List<String> roles) {
        return TestTokens.hs256(SECRET, subject, roles, 3600);
    }
}
