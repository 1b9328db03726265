package io.careers.contracts.kafka;

import java.util.Set;

/**
 * What one Kafka principal may do. The broker denies everything else: a principal with no grant
 * can connect and do nothing.
 *
 * @param principal   the SCRAM user name, e.g. {@code salary-service}; the broker knows it as {@code User:<principal>}
 * @param reads       topics it may consume (and describe)
 * @param writes      topics it may produce to
 * @param creates     topics it may create: a service declares the topics it uses at start
 * @param groupPrefix consumer groups whose names start with it are its own (read, commit, reset); null for none
 * @param describesGroups prefixes of other principals' consumer groups it may look at without joining
 *                        them (a data team follows how far salary-service has read its release)
 * @param readsBrokerConfig whether it may read the broker's configuration: a service's health check
 *                          reads the replication factor there (micronaut-kafka's {@code kafka} indicator)
 */
public record KafkaGrant(String principal, Set<String> reads, Set<String> writes, Set<String> creates,
                         String groupPrefix, Set<String> describesGroups, boolean readsBrokerConfig) {

    /** Copies the sets. */
    public KafkaGrant {
        reads = Set.copyOf(reads);
        writes = Set.copyOf(writes);
        creates = Set.copyOf(creates);
        describesGroups = Set.copyOf(describesGroups);
    }
}
