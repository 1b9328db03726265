package io.careers.schools;

import io.careers.contracts.Topics;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.careers.testkit.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/** A database, a consumer group and a JWT secret of a test class's own, and tokens signed with it. */
public final class SchoolsTestSupport {
    /** The signing secret of the tests (256 bits). */
    public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";
    public static final List<String> INPUTS = List.of(Topics.PARTNER_LISTINGS, Topics.INTERACTIONS);
    private static final List<String> TOPICS = List.of(Topics.PARTNER_LISTINGS, Topics.deadLetterOf(Topics.PARTNER_LISTINGS),
        Topics.INTERACTIONS, Topics.deadLetterOf(Topics.INTERACTIONS), Topics.LISTINGS);

    private SchoolsTestSupport() {
    }

    public static Map<String, String> properties(String name, KafkaTestClient kafka) {
        Map<String, String> properties = TestInfrastructure.serviceProperties("schools", name, kafka, TOPICS, INPUTS);
        properties.put("JWT_SECRET", SECRET);
        // Ranking tests change popularity through Kafka and read the listing right after.
        properties.put("schools.listing-cache.ttl", "0s");
        return properties;
    }

    /** @return every listing row of a partner as text, to compare before and after an attack ("" for none) */
    public static String listingRowsOf(JdbcOperations jdbc, TransactionOperations<Connection> tx, String partnerId) {
        return tx.executeRead(status -> jdbc.execute(c -> {
            try (var s = c.prepareStatement(
                "SELECT coalesce(string_agg(l::text, '|' ORDER BY l.external_id), '') FROM listing l WHERE partner_id = ?")) {
                s.setString(1, partnerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }));
    }

    /** @return a bearer token with the given roles, signed with {@link #SECRET} */
    public static String token(String subject, List<String> roles) {
        return TestTokens.hs256(SECRET, subject, roles, 3600);
    }
}
