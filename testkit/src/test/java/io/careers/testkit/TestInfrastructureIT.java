package io.careers.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestInfrastructureIT {

    @Test
    void eachCallGetsItsOwnEmptyDatabase() throws Exception {
        String first = TestInfrastructure.newDatabase("first");
        String second = TestInfrastructure.newDatabase("second");
        assertNotEquals(first, second);
        PostgresServer server = TestInfrastructure.postgres();
        try (Connection c = DriverManager.getConnection(first, server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE marker(id int)");
        }
        try (Connection c = DriverManager.getConnection(second, server.username(), server.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a new database must not see another test's tables");
        }
    }

    @Test
    void kafkaCreatesTopicsAndSurvivesRestart() throws Exception {
        KafkaCluster kafka = TestInfrastructure.kafka();
        try (Admin admin = Admin.create(new HashMap<String, Object>(kafka.adminProperties()))) {
            admin.createTopics(List.of(new NewTopic("testkit.smoke", 3, (short) 1))).all().get();
            assertTrue(admin.listTopics().names().get().contains("testkit.smoke"));
        }
        if (kafka.restart()) {
            try (Admin admin = Admin.create(new HashMap<String, Object>(kafka.adminProperties()))) {
                assertTrue(admin.listTopics().names().get().contains("testkit.smoke"), "topics survive a restart");
            }
        }
    }
}
