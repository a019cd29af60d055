package io.bastion.devstack.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A Kafka cluster to create topics on: a single KRaft node inside this JVM from Kafka's own jars,
 * or a cluster someone else runs.
 *
 * <p>Tests use {@link #ephemeral()}: Kafka's {@code KafkaClusterTestKit}, on free ports, thrown away
 * on close. The local stack runs {@link KafkaNode}s instead, and uses {@link #external} to reach them.
 */
public final class EmbeddedKafka implements AutoCloseable {

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

    /** An external broker that the caller started and will stop. */
    public static EmbeddedKafka external(String bootstrapServers) {
        return new EmbeddedKafka(bootstrapServers, () -> { });
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the topics that do not exist yet, each partition with {@code replicas} copies, of which
     * {@link KafkaNode#minInSync} must hold a record before it is acknowledged.
     */
    public void ensureTopics(Collection<String> names, int partitions, int replicas) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) replicas)
                            .configs(Map.of("min.insync.replicas", Integer.toString(KafkaNode.minInSync(replicas)))))
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
