package io.careers.salary;

import io.careers.testkit.KafkaTestClient;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

/**
 * What a {@code @MicronautTest} of salary-service starts from: a database and a consumer group of the
 * class's own ({@link SalaryTestSupport}), a Kafka client of the test cluster, and a wait for the
 * service to have consumed everything now on its input topics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SalaryIntegrationTest implements TestPropertyProvider {
    /** A client of the test cluster, closed after the class. */
    protected final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final String name;
    private String consumerGroup;

    /** @param name readable name of the test class, in its database's and consumer group's names */
    protected SalaryIntegrationTest(String name) {
        this.name = name;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = SalaryTestSupport.properties(name, kafka);
        consumerGroup = properties.get("messaging.consumer.group-id");
        return properties;
    }

    /**
     * Waits until the service has consumed and committed every record now on its input topics, on
     * every partition.
     *
     * @param timeout how long to wait
     */
    protected void awaitEverythingConsumed(Duration timeout) {
        kafka.awaitGroupAt(consumerGroup, kafka.endOffsets(SalaryTestSupport.INPUTS), timeout);
    }

    @AfterAll
    void closeKafkaClient() {
        kafka.close();
    }
}
