package io.careers.testkit;

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
import java.util.Properties;

/**
 * An Apache Kafka broker in KRaft mode (broker and controller in one node) started in this JVM
 * from {@code org.apache.kafka:kafka_2.13}. Stop it from a shutdown hook, not after a test
 * class: clients still connected to a stopped broker hang for tens of seconds.
 */
final class EmbeddedKafkaBroker implements KafkaCluster {
    /** Kafka's own default. */
    static final Duration DEFAULT_BROKER_SESSION = Duration.ofSeconds(9);
    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final Duration brokerSession;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, int controllerPort, Path logDir, Duration brokerSession) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        this.brokerSession = brokerSession;
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
        return start(port, controllerPort, logDir, DEFAULT_BROKER_SESSION);
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
     * @return the running broker
     */
    static EmbeddedKafkaBroker start(int port, int controllerPort, Path logDir, Duration brokerSession) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, controllerPort, logDir, brokerSession);
        broker.format();
        broker.startServer();
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public String origin() {
        return "embedded";
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
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka log directory " + logDir, e);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("broker.session.timeout.ms", Long.toString(brokerSession.toMillis()));
        p.put("broker.heartbeat.interval.ms", Long.toString(Math.min(2000, brokerSession.toMillis() / 3)));
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
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
}
