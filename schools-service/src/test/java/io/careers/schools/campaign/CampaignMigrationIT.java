package io.careers.schools.campaign;

import io.careers.testkit.PostgresServer;
import io.careers.testkit.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Migration V4 on a database that listings filled before campaigns existed: the campaigns they
 * declared become granted ones with the platform's label, and no listing keeps another partner's.
 */
class CampaignMigrationIT {

    @Test
    void declaredCampaignsBecomeGrantedOnesWithThePlatformsLabel() throws SQLException {
        PostgresServer server = TestInfrastructure.postgres();
        String url = TestInfrastructure.newDatabase("campaign_migration");
        migrate(url, "3");
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner (partner_id, name) VALUES ('first', 'First'), ('second', 'Second')");
            s.execute("INSERT INTO institution (institution_id, match_key, name, city, state, provenance) "
                + "VALUES ('00000000-0000-4000-8000-000000000001', 'k', 'College', 'Utica', 'NY', '{}')");
            insert(s, "1", "first", "spring", 10, "Editor's pick", "2026-01-01 09:00");
            insert(s, "2", "first", "fall", 20, "Ad", "2026-01-01 09:00");
            insert(s, "3", "second", "spring", 999, "Sponsored", "2026-02-01 09:00");
            insert(s, "4", "second", null, null, null, "2026-02-01 09:00");
        }
        migrate(url, "latest");
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
             Statement s = c.createStatement()) {
            assertEquals(List.of("fall|first|20|AD|migration V4", "spring|first|10|SPONSORED|migration V4"),
                rows(s, "SELECT campaign_id, partner_id, priority, disclosure, created_by FROM campaign ORDER BY campaign_id"));
            assertEquals(List.of("a-1|spring|10|Sponsored", "a-2|fall|20|Ad", "a-3|null|null|null", "a-4|null|null|null"),
                rows(s, "SELECT external_id, campaign_id, priority, disclosure FROM listing ORDER BY external_id"),
                "the platform's label; the second partner's 'spring' was the first's, so its listing is organic");
            assertEquals(List.of("4"), rows(s, "SELECT count(*) FROM listing"), "no listing is lost");
        }
    }

    private static void insert(Statement s, String n, String partner, String campaign, Integer priority, String disclosure,
                               String updatedAt) throws SQLException {
        String sponsorship = campaign == null ? "NULL, NULL, NULL, NULL, NULL"
            : "'" + campaign + "', " + priority + ", '2026-01-01', '2027-12-31', '" + disclosure.replace("'", "''") + "'";
        s.execute("INSERT INTO listing (listing_id, partner_id, external_id, institution_id, program_id, institution_sort, state, "
            + "program_title, cip_code, credential, delivery, campaign_id, priority, active_from, active_to, disclosure, status, "
            + "version, source, provenance, updated_at) VALUES ('00000000-0000-4000-8000-00000000010" + n + "', '" + partner
            + "', 'a-" + n + "', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'college', 'NY', "
            + "'HIT', '51.0707', 'ASSOCIATE', 'ONLINE', " + sponsorship + ", 'ACTIVE', 1, 'API', '{}', '" + updatedAt + "Z')");
    }

    private static void migrate(String url, String target) {
        PostgresServer server = TestInfrastructure.postgres();
        Flyway.configure().dataSource(url, server.username(), server.password()).locations("classpath:db/migration")
            .target(target).load().migrate();
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
