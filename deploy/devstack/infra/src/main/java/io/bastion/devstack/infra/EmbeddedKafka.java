package io.bastion.devstack.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A single-node Kafka broker in KRaft mode, running inside this JVM from Kafka's own jars.
 *
 * <p>Tests use {@link #ephemeral()}: Kafka's {@code KafkaClusterTestKit}, on free ports, thrown away
 * on close. The local stack uses {@link #persistent(Path, int)}: a plain {@code KafkaRaftServer}
 * on fixed ports over a kept data directory, because the test kit assigns fresh ports and
 * directory ids on every start and so cannot reopen yesterday's data.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** One node: every internal topic has exactly one replica, and groups form without delay. */
    private static final Map<String, String> SINGLE_NODE = Map.of(
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0");

    private final String bootstrapServers;
    private final AutoCloseable server;

    private EmbeddedKafka(String bootstrapServers, AutoCloseable server) {
        this.bootstrapServers = bootstrapServers;
        this.server = server;
    }

    /**
     * The test kit deletes its temporary directories from JVM shutdown hooks of its own, which run
     * at the same time as the hook that stops this broker; a broker whose log directory vanishes
     * under it halts the JVM with status 1, and a test run whose tests all passed fails. So this
     * JVM keeps those deletions and runs them once the broker has stopped, and a broker may not end
     * a test JVM: it says why it wanted to instead.
     */
    public static EmbeddedKafka ephemeral() {
        List<Runnable> afterStop = new CopyOnWriteArrayList<>();
        Exit.setShutdownHookAdder((name, hook) -> afterStop.add(hook));
        Exit.Procedure refuse = (status, message) -> System.err.println("embedded Kafka wanted to end the JVM with status " + status
                + (message == null ? "" : ": " + message));
        Exit.setHaltProcedure(refuse);
        Exit.setExitProcedure(refuse);
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build());
            SINGLE_NODE.forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster.bootstrapServers(), () -> {
                cluster.close();
                afterStop.forEach(Runnable::run);
            });
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka test cluster did not start", e);
        }
    }

    /**
     * Starts a combined broker and controller: clients on {@code port}, the controller on
     * {@code port + 1}. The data directory is formatted on first use and reused afterwards.
     */
    public static EmbeddedKafka persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            String logDir = dataDirectory.toAbsolutePath().toString();
            KafkaConfig config = new KafkaConfig(singleNodeConfig(logDir, port), false);
            if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(config.nodeId())
                        .setDirectories(List.of(logDir))
                        .setMetadataLogDirectory(logDir)
                        .setControllerListenerName(CONTROLLER_LISTENER)
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .run();
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new EmbeddedKafka("localhost:" + port, () -> {
                server.shutdown();
                server.awaitShutdown();
            });
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not start on port " + port + " in " + dataDirectory, e);
        }
    }

    private static Map<String, Object> singleNodeConfig(String logDir, int port) {
        Map<String, Object> props = new HashMap<>(SINGLE_NODE);
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + (port + 1));
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + (port + 1));
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("metadata.log.dir", logDir);
        return props;
    }

    /** An external broker that the caller started and will stop. */
    public static EmbeddedKafka external(String bootstrapServers) {
        return new EmbeddedKafka(bootstrapServers, () -> { });
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics that do not exist yet, each with one replica. */
    public void ensureTopics(Collection<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics " + names + " on " + bootstrapServers, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not stop cleanly", e);
        }
    }
}
