package io.careers.testkit;

import io.careers.contracts.kafka.KafkaAccess;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * An Apache Kafka broker in KRaft mode (broker and controller in one node) started in this JVM
 * from {@code org.apache.kafka:kafka_2.13}. Stop it from a shutdown hook, not after a test
 * class: clients still connected to a stopped broker hang for tens of seconds.
 */
final class EmbeddedKafkaBroker implements KafkaCluster {
    /** Kafka's own default. */
    static final Duration DEFAULT_BROKER_SESSION = Duration.ofSeconds(9);
    private final Node node;
    private KafkaRaftServer server;

    /** Where and how the one node runs: the arguments of {@link #start(int, int, Path, Duration, KafkaCredentials)}. */
    private record Node(int port, int controllerPort, Path logDir, Duration brokerSession, KafkaCredentials credentials) {
    }

    private EmbeddedKafkaBroker(Node node) {
        this.node = node;
    }

    /**
     * Formats the log directory if it is new and starts the broker.
     *
     * @param port           client port
     * @param controllerPort KRaft controller port
     * @param logDir         log directory; an existing, formatted one keeps its topics
     * @return the running broker
     */
    static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir) {
        return start(port, controllerPort, logDir, DEFAULT_BROKER_SESSION, null);
    }

    /**
     * Formats the log directory if it is new and starts the broker.
     *
     * @param port           client port
     * @param controllerPort KRaft controller port
     * @param logDir         log directory; an existing, formatted one keeps its topics
     * @param brokerSession  how long the controller keeps a silent broker's registration. After a
     *                       crash, the restarted broker is refused (a duplicate registration) and
     *                       serves nothing until the dead one's session has run out
     * @param credentials    null for a PLAINTEXT broker that lets anyone do anything; else SASL
     *                       authentication with these principals and {@link io.careers.contracts.kafka.KafkaAccess}'s ACLs
     * @return the running broker
     */
    static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir, Duration brokerSession,
                                     KafkaCredentials credentials) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(new Node(port, controllerPort, logDir, brokerSession, credentials));
        broker.format();
        broker.startServer();
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + node.port();
    }

    @Override
    public String origin() {
        return "embedded";
    }

    @Override
    public Optional<KafkaCredentials> credentials() {
        return Optional.ofNullable(node.credentials());
    }

    @Override
    public synchronized boolean stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
        return true;
    }

    @Override
    public synchronized boolean start() {
        if (server == null) {
            startServer();
        }
        return true;
    }

    private void startServer() {
        KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
    }

    private void format() {
        try {
            Files.createDirectories(node.logDir());
            if (Files.exists(node.logDir().resolve("meta.properties"))) {
                return;
            }
            new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(node.logDir().toString()))
                .setMetadataLogDirectory(node.logDir().toString())
                .setControllerListenerName("CONTROLLER")
                .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka log directory " + node.logDir(), e);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("broker.session.timeout.ms", Long.toString(node.brokerSession().toMillis()));
        p.put("broker.heartbeat.interval.ms", Long.toString(Math.min(2000, node.brokerSession().toMillis() / 3)));
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + node.controllerPort());
        String protocol = node.credentials() == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        p.put("listeners", protocol + "://localhost:" + node.port() + ",CONTROLLER://localhost:" + node.controllerPort());
        p.put("advertised.listeners", protocol + "://localhost:" + node.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", protocol);
        p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:" + protocol);
        if (node.credentials() != null) {
            secure(p);
        }
        p.put("log.dirs", node.logDir().toString());
        p.put("num.partitions", "3");
        // Topics are declared by the services (NewTopic beans); a missing declaration must fail loudly.
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", "4194304");
        p.put("message.max.bytes", "10485760");
        return p;
    }

    /**
     * SASL on both listeners and the ACL authorizer. The broker and the admin are one super user
     * that authenticates with PLAIN against this configuration (the controller cannot read SCRAM
     * users: they live in the metadata it serves); every other principal uses SCRAM, and a client
     * without a user, or a user without a rule, is refused.
     */
    private void secure(Properties p) {
        String admin = KafkaAccess.ADMIN;
        String password = node.credentials().passwords().get(admin);
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin
            + "\" password=\"" + password + "\" user_" + admin + "=\"" + password + "\";";
        p.put("sasl.enabled.mechanisms", KafkaCredentials.SCRAM + ",PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", plain);
        p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plain);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + admin);
        p.put("allow.everyone.if.no.acl.found", "false");
    }
}
