package io.bastion.devstack.launcher;

import io.bastion.devstack.infra.KafkaNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The stack's Kafka: {@code size} KRaft nodes, each a process of its own running {@link KafkaNode}
 * over a kept directory, so that a drill can stop, start, or freeze one as it would a real broker.
 * The cluster id and size are kept beside the nodes' directories: a data directory made for one
 * size cannot be reopened with another.
 */
final class KafkaCluster implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String JAVA_OPTIONS = "-Xmx384m";

    private final Path directory;
    private final Path logDirectory;
    private final int basePort;
    private final int size;
    private final String clusterId;
    private final TreeMap<Integer, Process> nodes = new TreeMap<>();

    private KafkaCluster(Path directory, Path logDirectory, int basePort, int size, String clusterId) {
        this.directory = directory;
        this.logDirectory = logDirectory;
        this.basePort = basePort;
        this.size = size;
        this.clusterId = clusterId;
    }

    /** Starts every node and waits until all of them have joined the cluster. */
    static KafkaCluster start(Path directory, Path logDirectory, int basePort, int size, Duration within) {
        KafkaCluster cluster = new KafkaCluster(directory, logDirectory, basePort, size, clusterIdOf(directory, size));
        try {
            for (int node = 1; node <= size; node++) {
                cluster.start(node);
            }
            cluster.awaitBrokers(size, within);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private static String clusterIdOf(Path directory, int size) {
        Path file = directory.resolve("cluster.properties");
        Properties kept = new Properties();
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    kept.load(in);
                }
                if (Integer.parseInt(kept.getProperty("size")) != size) {
                    throw new IllegalStateException("the Kafka data in " + directory + " is for " + kept.getProperty("size")
                            + " brokers; start with that many, or with --fresh");
                }
                return kept.getProperty("cluster.id");
            }
            kept.setProperty("cluster.id", Uuid.randomUuid().toString());
            kept.setProperty("size", Integer.toString(size));
            try (var out = Files.newOutputStream(file)) {
                kept.store(out, "the local stack's Kafka cluster");
            }
            return kept.getProperty("cluster.id");
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the Kafka cluster's id in " + file, e);
        }
    }

    String bootstrapServers() {
        return KafkaNode.bootstrapServers(basePort, size);
    }

    int size() {
        return size;
    }

    /** Starts node {@code node} (from 1), appending to its log; it rejoins the cluster on its own. */
    synchronized void start(int node) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), JAVA_OPTIONS,
                "-cp", System.getProperty("java.class.path"), KafkaNode.class.getName(), Integer.toString(node), Integer.toString(size),
                Integer.toString(basePort), clusterId, directory.resolve("node-" + node).toString());
        try {
            Files.createDirectories(logDirectory);
            nodes.put(node, new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDirectory.resolve("kafka-" + node + ".log").toFile())).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka node " + node, e);
        }
    }

    /** Stops node {@code node} as an operator would (SIGTERM), killing it if it takes too long. */
    synchronized void stop(int node) {
        Process process = nodes.remove(node);
        if (process != null) {
            process.destroy();
            awaitEnd(process, Instant.now().plus(STOP_GRACE));
        }
    }

    private static void awaitEnd(Process process, Instant deadline) {
        try {
            if (!process.waitFor(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Freezes every node at once (SIGSTOP), as a stalled host or a long pause would. */
    synchronized void freeze() {
        signalAll("-STOP");
    }

    synchronized void thaw() {
        signalAll("-CONT");
    }

    private void signalAll(String signal) {
        for (Process process : nodes.values()) {
            try {
                int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("kill " + signal + " " + process.pid() + " exited with " + exit);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until {@code count} brokers are registered with the controllers. */
    void awaitBrokers(int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).size() >= count) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the controllers are still electing or the brokers registering
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(count + " Kafka brokers did not join within " + within.toSeconds()
                            + " s; see " + logDirectory.resolve("kafka-1.log"));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka started", e);
        }
    }

    /** An admin client on this cluster; the caller closes it. */
    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000"));
    }

    /**
     * Stops every node at once: one by one, the last would wait for a controller quorum that the
     * others took with them.
     */
    @Override
    public synchronized void close() {
        thawQuietly();
        nodes.values().forEach(Process::destroy);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        nodes.values().forEach(process -> awaitEnd(process, deadline));
        nodes.clear();
    }

    /** A frozen process cannot act on SIGTERM. */
    private void thawQuietly() {
        try {
            signalAll("-CONT");
        } catch (RuntimeException alreadyGone) {
            // stopping anyway
        }
    }
}
