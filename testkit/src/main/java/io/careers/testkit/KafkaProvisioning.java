package io.careers.testkit;

import io.careers.contracts.Topics;
import io.careers.contracts.kafka.KafkaAccess;
import io.careers.contracts.kafka.KafkaGrant;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Makes a broker enforce {@link KafkaAccess}: a SCRAM user per principal and the ACLs of its grant,
 * and for each partner that feeds through Kafka its feed topic, the feed's dead-letter topic and a
 * quota on what its principal may write per second.
 * Run as the admin; every step may run again (users are upserted, ACLs and topics that exist stay).
 */
public final class KafkaProvisioning {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private KafkaProvisioning() {
    }

    /**
     * Provisions a broker that runs elsewhere (docker-compose's {@code kafka-setup}). Environment:
     * {@code KAFKA_BOOTSTRAP_SERVERS}; {@code KAFKA_PASSWORD_<PRINCIPAL>} for the admin and each
     * principal of the platform, the name upper-cased with {@code -} as {@code _}
     * ({@code KAFKA_PASSWORD_SALARY_SERVICE}); {@code KAFKA_PARTNER_PASSWORDS}, the partners that feed
     * through Kafka as {@code partnerId=password,...}; {@code KAFKA_PARTNER_FEED_BYTES_PER_SECOND}, each
     * partner's quota (default {@link KafkaAccess#PARTNER_FEED_BYTES_PER_SECOND}).
     *
     * @param args none
     */
    public static void main(String[] args) {
        Map<String, String> passwords = new HashMap<>();
        for (String principal : concat(KafkaAccess.ADMIN, KafkaAccess.platformPrincipals())) {
            String variable = "KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replace('-', '_');
            passwords.put(principal, required(variable, System.getenv(variable)));
        }
        List<String> partners = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("KAFKA_PARTNER_PASSWORDS", "").split(",")) {
            int equals = entry.indexOf('=');
            if (!entry.isBlank()) {
                String partner = required("a partner id in KAFKA_PARTNER_PASSWORDS", equals > 0 ? entry.substring(0, equals).trim() : null);
                partners.add(partner);
                passwords.put(KafkaAccess.partnerPrincipal(partner), required("the password of " + partner, entry.substring(equals + 1).trim()));
            }
        }
        KafkaCredentials credentials = new KafkaCredentials(passwords);
        Map<String, String> admin = new HashMap<>(credentials.clientProperties(KafkaAccess.ADMIN));
        admin.put("bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));
        apply(admin, credentials, partners, partnerFeedBytesPerSecond());
        System.out.println("Kafka users and ACLs provisioned: " + passwords.size() + " principals, " + partners.size() + " partner feeds");
    }

    /**
     * @return what each partner's principal may write per second: {@code KAFKA_PARTNER_FEED_BYTES_PER_SECOND},
     *         else {@link KafkaAccess#PARTNER_FEED_BYTES_PER_SECOND}
     */
    static long partnerFeedBytesPerSecond() {
        String quota = System.getenv("KAFKA_PARTNER_FEED_BYTES_PER_SECOND");
        return quota == null || quota.isBlank() ? KafkaAccess.PARTNER_FEED_BYTES_PER_SECOND : Long.parseLong(quota.trim());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(what + " is not set: every principal needs a password");
        }
        return value;
    }

    /**
     * Provisions with each partner's quota at {@link KafkaAccess#PARTNER_FEED_BYTES_PER_SECOND}.
     *
     * @param admin       settings of an admin client (bootstrap servers and the admin's credentials)
     * @param credentials the users to create: every one but the admin gets a SCRAM credential
     * @param partners    the partners that feed through Kafka; each one's principal must be in the credentials
     */
    public static void apply(Map<String, String> admin, KafkaCredentials credentials, Collection<String> partners) {
        apply(admin, credentials, partners, KafkaAccess.PARTNER_FEED_BYTES_PER_SECOND);
    }

    /**
     * @param admin                  settings of an admin client (bootstrap servers and the admin's credentials)
     * @param credentials            the users to create: every one but the admin gets a SCRAM credential
     * @param partners               the partners that feed through Kafka; each one's principal must be in the credentials
     * @param partnerBytesPerSecond  what each partner's principal may write per second
     */
    public static void apply(Map<String, String> admin, KafkaCredentials credentials, Collection<String> partners,
                             long partnerBytesPerSecond) {
        List<KafkaGrant> grants = new ArrayList<>(KafkaAccess.platform());
        partners.forEach(partner -> grants.addAll(KafkaAccess.partner(partner)));
        try (Admin client = Admin.create(new HashMap<>(admin))) {
            upsertUsers(client, credentials);
            createFeedTopics(client, partners);
            limitPartnerWrites(client, partners, partnerBytesPerSecond);
            List<AclBinding> bindings = grants.stream().flatMap(grant -> bindingsOf(grant).stream()).toList();
            client.createAcls(bindings).all().get();
            awaitVisible(client, Set.copyOf(bindings).size());
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not provision Kafka's users and ACLs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ACL bindings of a grant: allow-rules only, since the broker denies what no rule allows.
     *
     * @param grant a grant
     * @return its bindings
     */
    static List<AclBinding> bindingsOf(KafkaGrant grant) {
        String user = "User:" + grant.principal();
        List<AclBinding> bindings = new ArrayList<>();
        grant.reads().forEach(topic -> bindings.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ)));
        grant.writes().forEach(topic -> bindings.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE)));
        grant.creates().forEach(topic -> bindings.add(allow(user, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.CREATE)));
        if (grant.groupPrefix() != null) {
            bindings.add(allow(user, ResourceType.GROUP, grant.groupPrefix(), PatternType.PREFIXED, AclOperation.READ));
            // Resetting a group's offsets (tools replay, a test that starts at the end) deletes nothing else.
            bindings.add(allow(user, ResourceType.GROUP, grant.groupPrefix(), PatternType.PREFIXED, AclOperation.DELETE));
        }
        if (grant.readsBrokerConfig()) {
            bindings.add(allow(user, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.DESCRIBE_CONFIGS));
        }
        grant.describesGroups().forEach(group -> bindings.add(allow(user, ResourceType.GROUP, group, PatternType.PREFIXED, AclOperation.DESCRIBE)));
        return bindings;
    }

    private static AclBinding allow(String user, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
            new AccessControlEntry(user, "*", operation, AclPermissionType.ALLOW));
    }

    private static void upsertUsers(Admin client, KafkaCredentials credentials) throws ExecutionException, InterruptedException {
        List<UserScramCredentialAlteration> upserts = credentials.users().stream()
            .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192), credentials.passwords().get(user)))
            .toList();
        if (!upserts.isEmpty()) {
            client.alterUserScramCredentials(upserts).all().get();
        }
    }

    private static void createFeedTopics(Admin client, Collection<String> partners) throws ExecutionException, InterruptedException {
        Set<String> topics = new LinkedHashSet<>();
        partners.forEach(partner -> {
            topics.add(Topics.partnerFeed(partner));
            topics.add(Topics.deadLetterOf(Topics.partnerFeed(partner)));
        });
        for (String topic : topics) {
            try {
                client.createTopics(List.of(new NewTopic(topic, Optional.of(Topics.PARTITIONS), Optional.empty()))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** A partner's runaway producer is slowed by the broker, not served at the expense of the others. */
    private static void limitPartnerWrites(Admin client, Collection<String> partners, long bytesPerSecond)
        throws ExecutionException, InterruptedException {
        List<ClientQuotaAlteration> quotas = partners.stream().map(partner -> new ClientQuotaAlteration(
                new ClientQuotaEntity(Map.of(ClientQuotaEntity.USER, KafkaAccess.partnerPrincipal(partner))),
                List.of(new ClientQuotaAlteration.Op("producer_byte_rate", (double) bytesPerSecond))))
            .toList();
        if (!quotas.isEmpty()) {
            client.alterClientQuotas(quotas).all().get();
        }
    }

    /**
     * Waits until the broker answers with at least the rules just created: the users were created
     * before them, so clients that start now are authenticated and authorised.
     */
    private static void awaitVisible(Admin client, int created) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (client.describeAcls(AclBindingFilter.ANY).values().get().size() < created) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not show its ACLs within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
