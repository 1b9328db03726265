package io.careers.salary;

import io.careers.contracts.Topics;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;

import java.util.List;
import java.util.Map;

/**
 * Gives a test class its own database and its own consumer group, started at the current end of
 * the input topics: classes share the broker and the topics but never each other's records.
 */
public final class SalaryTestSupport {
    /** The topics salary-service consumes. */
    public static final List<String> INPUTS = List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES, Topics.EMPLOYMENT_PROJECTIONS,
        Topics.SOC_CROSSWALK);
    /** Every topic it uses, created up front so offsets can be read before the service starts. */
    public static final List<String> ALL_TOPICS = List.of(Topics.WAGE_ESTIMATES, Topics.deadLetterOf(Topics.WAGE_ESTIMATES),
        Topics.RELEASES, Topics.deadLetterOf(Topics.RELEASES), Topics.EMPLOYMENT_PROJECTIONS,
        Topics.deadLetterOf(Topics.EMPLOYMENT_PROJECTIONS), Topics.SOC_CROSSWALK, Topics.deadLetterOf(Topics.SOC_CROSSWALK),
        Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS);

    private SalaryTestSupport() {
    }

    /**
     * @param name  readable name of the test class
     * @param kafka a client of the test cluster
     * @return Micronaut properties: a new database, the cluster, and a fresh consumer group
     */
    public static Map<String, String> properties(String name, KafkaTestClient kafka) {
        return TestInfrastructure.serviceProperties("salary", name, kafka, ALL_TOPICS, INPUTS);
    }
}
