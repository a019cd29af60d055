package io.bastion.devstack.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One combined broker and controller of a KRaft cluster of {@code size} nodes on fixed ports over
 * a kept data directory: node {@code n} (from 1) takes clients on {@code basePort + 2(n-1)} and
 * its controller the next port. The directory is formatted on first use and reused afterwards,
 * which Kafka's test kit cannot do (it picks fresh ports and directory ids on every start).
 *
 * <p>The local stack runs each node as a process of its own ({@link #main}), so that one can be
 * killed, stopped or frozen like a real broker; a test may also start one inside its JVM.
 */
public final class KafkaNode implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;

    private KafkaNode(KafkaRaftServer server) {
        this.server = server;
    }

    /** {@code KafkaNode NODE SIZE BASE_PORT CLUSTER_ID DATA_DIR}: runs until SIGTERM, then shuts down cleanly. */
    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: KafkaNode NODE SIZE BASE_PORT CLUSTER_ID DATA_DIR");
            System.exit(2);
        }
        KafkaNode node = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], Path.of(args[4]));
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "kafka-node-stop"));
    }

    /** Starts node {@code node} of {@code size} in this JVM; see the class comment for its ports. */
    public static KafkaNode start(int node, int size, int basePort, String clusterId, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            String logDir = dataDirectory.toAbsolutePath().toString();
            KafkaConfig config = new KafkaConfig(config(node, size, basePort, logDir), false);
            if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(clusterId)
                        .setNodeId(node)
                        .setDirectories(List.of(logDir))
                        .setMetadataLogDirectory(logDir)
                        .setControllerListenerName(CONTROLLER_LISTENER)
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .run();
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new KafkaNode(server);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka node " + node + " did not start on port " + clientPort(basePort, node)
                    + " in " + dataDirectory, e);
        }
    }

    /** The port node {@code node} (from 1) takes clients on. */
    public static int clientPort(int basePort, int node) {
        return basePort + 2 * (node - 1);
    }

    /** The bootstrap servers of a cluster of {@code size} nodes from {@code basePort}. */
    public static String bootstrapServers(int basePort, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(n -> "localhost:" + clientPort(basePort, n)).collect(Collectors.joining(","));
    }

    /**
     * Internal topics are replicated as user topics are (up to three copies, two in sync), so that
     * a consumer group's offsets survive the loss of a broker as its records do.
     */
    private static Map<String, Object> config(int node, int size, int basePort, String logDir) {
        int port = clientPort(basePort, node);
        String replicas = Integer.toString(replicas(size));
        String inSync = Integer.toString(minInSync(size));
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(node));
        props.put("controller.quorum.voters", IntStream.rangeClosed(1, size)
                .mapToObj(n -> n + "@localhost:" + (clientPort(basePort, n) + 1)).collect(Collectors.joining(",")));
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + (port + 1));
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("metadata.log.dir", logDir);
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", inSync);
        props.put("offsets.topic.replication.factor", replicas);
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", inSync);
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", inSync);
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /** Three copies of every partition, or as many as a smaller cluster has brokers. */
    public static int replicas(int size) {
        return Math.min(3, size);
    }

    /** Two of three copies must have a record before it is acknowledged; a smaller cluster has what it has. */
    public static int minInSync(int size) {
        return size >= 3 ? 2 : 1;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
