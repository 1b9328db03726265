package io.careers.e2e;

import io.careers.contracts.kafka.KafkaAccess;
import io.careers.testkit.KafkaCredentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a user runs it: {@code ./platform up -d} and {@code ./platform down}, on ports
 * and a state directory of the tests' own, so it runs beside a developer's platform. Shared with
 * the fault battery (module {@code faults}) through this module's test jar.
 */
public final class Platform {
    /** The gateway's port. */
    public static final int GATEWAY = 28080;
    /** articles-service's port. */
    public static final int ARTICLES = 28081;
    /** salary-service's port. */
    public static final int SALARY = 28082;
    /** schools-service's port. */
    public static final int SCHOOLS = 28083;
    /** The career site's port. */
    public static final int WEB = 28090;
    /** Kafka's port. */
    public static final int KAFKA = 29092;

    /**
     * @param port     a service's port, which its first instance listens on
     * @param instance 1, 2, ... ({@code ./platform up --scale})
     * @return the port of that instance: the platform puts instance k on the port + (k - 1) * 100
     */
    public static int port(int port, int instance) {
        return port + (instance - 1) * 100;
    }

    /** The repository's root, where {@code ./platform} is. */
    public final Path root = Path.of("..").toAbsolutePath().normalize();
    /** The platform's state directory (PLATFORM_STATE), under the module's target. */
    public final Path state = Path.of("target/platform").toAbsolutePath();
    /** The JWT secret the platform is started with. */
    public final String jwtSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    private final Map<String, String> extraEnvironment = new HashMap<>();

    /**
     * @param variables variables every later {@code ./platform} command gets, e.g. where to export traces
     * @return this platform
     */
    public Platform with(Map<String, String> variables) {
        extraEnvironment.putAll(variables);
        return this;
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PLATFORM_STATE", state.toString());
        env.put("GATEWAY_PORT", Integer.toString(GATEWAY));
        env.put("ARTICLES_PORT", Integer.toString(ARTICLES));
        env.put("SALARY_PORT", Integer.toString(SALARY));
        env.put("SCHOOLS_PORT", Integer.toString(SCHOOLS));
        env.put("WEB_PORT", Integer.toString(WEB));
        env.put("POSTGRES_PORT", "25432");
        env.put("KAFKA_PORT", Integer.toString(KAFKA));
        env.put("JWT_SECRET", jwtSecret);
        env.put("PLATFORM_HEALTH_TIMEOUT", "240");
        env.putAll(extraEnvironment);
        return env;
    }

    /** @return Kafka's bootstrap servers */
    public String kafkaServers() {
        return "localhost:" + KAFKA;
    }

    /**
     * @param principal a Kafka principal of the platform, e.g. {@code data-team}
     * @return the options with which the tools connect as that principal: the broker and the client
     *         configuration {@code ./platform} wrote for it ({@code --command-config})
     */
    public String[] kafkaToolOptions(String principal) {
        return new String[] {"--bootstrap-servers", kafkaServers(),
            "--command-config", state.resolve("kafka").resolve(principal + ".properties").toString()};
    }

    /** @return the settings of a client that may do anything on the platform's broker: its admin */
    public Map<String, String> kafka() {
        Map<String, String> settings = new HashMap<>(
            KafkaCredentials.read(state.resolve("kafka").resolve("credentials")).clientProperties(KafkaAccess.ADMIN));
        settings.put("bootstrap.servers", kafkaServers());
        return settings;
    }

    /** Runs {@code ./platform <args>} and fails with its output if it fails. */
    public void run(String... args) throws IOException, InterruptedException {
        if (exitOf(Map.of(), args) != 0) {
            throw new IllegalStateException("./platform " + String.join(" ", args) + " failed:\n"
                + Files.readString(logOf(args)));
        }
    }

    /**
     * Runs {@code ./platform <args>}.
     *
     * @param extraEnvironment variables beside the test platform's
     * @param args             the command
     * @return its exit code
     */
    public int exitOf(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("platform").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment());
        builder.environment().putAll(extraEnvironment);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        Files.createDirectories(state);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(args).toFile()));
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./platform " + String.join(" ", args) + " did not finish in 15 minutes");
        }
        return process.exitValue();
    }

    private Path logOf(String... args) {
        return state.resolve("platform-" + args[0] + ".log");
    }

    /**
     * @param lines how many lines of each log
     * @return the last lines of the services' logs, for a failure message: what a person would read first
     */
    public String logTails(int lines) {
        StringBuilder tails = new StringBuilder();
        for (String component : List.of("gateway", "articles-service", "salary-service", "sample-data")) {
            Path log = state.resolve("logs/" + component + ".log");
            tails.append("\n--- last ").append(lines).append(" lines of ").append(log).append('\n');
            try {
                List<String> all = Files.readAllLines(log);
                all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> tails.append(l).append('\n'));
            } catch (IOException e) {
                tails.append("(unreadable: ").append(e.getMessage()).append(")\n");
            }
        }
        return tails.toString();
    }

    /** Deletes the state of an earlier run (databases, Kafka logs, keys), so every run starts fresh. */
    public void wipe() throws IOException {
        if (Files.exists(state)) {
            try (var paths = Files.walk(state)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Stops one component as a crash or an operator would: its whole process group. */
    public void kill(String component) throws IOException, InterruptedException {
        String pid = Files.readString(state.resolve("run/" + component + ".pid")).strip();
        new ProcessBuilder("kill", "-TERM", "--", "-" + pid).inheritIO().start().waitFor();
        for (int i = 0; i < 60 && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(500);
        }
    }

    /** Kills PostgreSQL alone ({@code kill -9} of its postmaster), leaving the infrastructure process alive. */
    public void killPostgres() throws IOException, InterruptedException {
        long pid = postgresPid();
        signal("KILL", pid);
        for (int i = 0; i < 60 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(500);
        }
    }

    /**
     * @param component a service, e.g. {@code salary-service}
     * @return the process id of its JVM (its supervisor restarts it when it dies)
     */
    public long servicePid(String component) throws IOException {
        return Long.parseLong(Files.readString(state.resolve("run/" + component + ".child")).strip());
    }

    /**
     * @param component a service
     * @return how often its supervisor restarted it
     */
    public int restarts(String component) throws IOException {
        return Integer.parseInt(Files.readString(state.resolve("run/" + component + ".restarts")).strip());
    }

    /** @return the process id of the infrastructure's JVM, which runs the Kafka broker (its supervisor restarts it) */
    public long infraPid() throws IOException {
        return Long.parseLong(Files.readString(state.resolve("run/infra.child")).strip());
    }

    /** @return the process id of PostgreSQL's postmaster */
    public long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(state.resolve("data/postgres/postmaster.pid")).get(0).strip());
    }

    /**
     * PostgreSQL's processes: the postmaster and its children. Each backend is a process group of
     * its own (PostgreSQL calls setsid), so pausing PostgreSQL means signalling each of them.
     *
     * @return their process ids, the postmaster first
     */
    public List<Long> postgresProcesses() throws IOException {
        long postmaster = postgresPid();
        List<Long> processes = new ArrayList<>(List.of(postmaster));
        try (var proc = Files.list(Path.of("/proc"))) {
            for (Path dir : proc.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // After the command name in parentheses: state, then the parent's id.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[1]) == postmaster) {
                        processes.add(Long.parseLong(dir.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the process ended meanwhile
                }
            }
        }
        return processes;
    }

    /**
     * Sends a signal with {@code kill}.
     *
     * @param signal e.g. {@code STOP}, {@code CONT}, {@code KILL}
     * @param target a process id, or a negative process group id
     */
    public static void signal(String signal, long target) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, "--", Long.toString(target)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + target + " failed with " + exit);
        }
    }

    /** @return the API key the sample data loader stored for a partner */
    public String partnerKey(String partnerId) throws IOException {
        Properties keys = new Properties();
        try (var in = Files.newInputStream(state.resolve("sample-data/partner-keys.properties"))) {
            keys.load(in);
        }
        return keys.getProperty(partnerId);
    }
}
