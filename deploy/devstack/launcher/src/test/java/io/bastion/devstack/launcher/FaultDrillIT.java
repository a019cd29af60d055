package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault drills on a small cluster (two instances of every service, three brokers, embedded
 * PostgreSQL) under a steady campaign workload through the public APIs. At moments drawn from a
 * printed seed it kills an instance with SIGKILL and restarts it (several trials), stops a broker and
 * later the one leading the outbox topics, freezes every broker with SIGSTOP, and restarts
 * PostgreSQL; after each fault it waits for the stack to catch up by itself and times it. Then the
 * records must show nothing lost and nothing applied twice ({@link Reconciliation}).
 *
 * <p>Bounded for CI; {@code -Dbastion.drill.kills=N} runs more kill trials and
 * {@code -Dbastion.drill.database-restarts=N} more PostgreSQL restarts, {@code -Dbastion.drill.seed=S}
 * replays a run, {@code -Dbastion.drill.freeze=PT60S} sets how long the brokers stay frozen (30 s, twice the
 * consumers' session timeout, by default).
 */
@ExtendWith(KeptOnFailure.class)
class FaultDrillIT implements KeptOnFailure.Kept {

    private static final Duration RECOVERY_BOUND = Duration.ofMinutes(3);
    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    private final List<String> trials = new ArrayList<>();
    private Duration longest = Duration.ZERO;

    @Override
    public Path dataDirectory() {
        return work.resolve("data");
    }

    @Test
    void aClusterUnderLoadLosesNothingAndAppliesNothingTwiceThroughKillsBrokerLossAFrozenClusterAndADatabaseRestart() throws Exception {
        String seedProperty = System.getProperty("bastion.drill.seed", "random");
        long seed = seedProperty.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(seedProperty);
        int kills = Integer.getInteger("bastion.drill.kills", 3);
        int databaseRestarts = Integer.getInteger("bastion.drill.database-restarts", 1);
        Duration freeze = Duration.parse(System.getProperty("bastion.drill.freeze", "PT30S"));
        System.out.println("fault drill: seed " + seed + " (replay with -Dbastion.drill.seed=" + seed + ")");
        Random random = new Random(seed);

        LaunchOptions options = LaunchOptions.parse("--data-dir", dataDirectory().toString(), "--port-offset",
                Integer.toString(LauncherRun.freePortOffset()), "--replicas", "2", "--brokers", "3", "--ready-timeout", "300",
                "--java-options", LauncherRun.QUICK_START);
        try (Stack stack = new Stack(options, Path.of("../../..").toAbsolutePath().normalize())) {
            stack.startInfrastructure();
            withItsLog(stack::startServices);
            String token = RoleTokens.ROLES.get(0).token(stack.tokens());
            new DemoApi(token).upload(stack.running().get(0).port(), "/api/v1/divisions/import", "text/csv; charset=utf-8",
                    CampaignWorkload.divisionsCsv());
            DrillClient api = new DrillClient(stack::running, token);
            StackProbe probe = new StackProbe(stack);
            KafkaCluster brokers = stack.brokers().orElseThrow();
            CampaignWorkload workload = new CampaignWorkload(api);
            workload.start(2);

            List<Runnable> faults = new ArrayList<>();
            for (int k = 0; k < kills; k++) {
                faults.add(() -> killAnInstance(stack, probe, random));
            }
            Runnable aBroker = () -> stopABroker(brokers, probe, 1 + random.nextInt(brokers.size()), "a broker", random);
            faults.add(aBroker);
            faults.add(() -> freezeTheBrokers(brokers, probe, freeze));
            for (int r = 0; r < databaseRestarts; r++) {
                faults.add(() -> restartPostgres(stack, probe));
            }
            Collections.shuffle(faults, random);
            // The leader of the outbox topics goes later than the first broker, whatever comes between.
            int after = faults.indexOf(aBroker) + 1;
            faults.add(after + random.nextInt(faults.size() - after + 1),
                    () -> stopABroker(brokers, probe, leaderOf(brokers, ServiceSpec.VILLAGE.topic()), "the outbox topics' leader", random));
            for (Runnable fault : faults) {
                pause(random, 3, 10);
                assertNoDefect(workload);
                fault.run();
            }

            workload.stop();
            assertNoDefect(workload);
            probe.awaitCaughtUp(RECOVERY_BOUND);

            Reconciliation check = new Reconciliation(probe, brokers.bootstrapServers());
            check.acknowledgedWrites(api);
            check.outboxesPublished();
            check.eventsAppliedOnce();
            check.projectionsEqualSources();
            check.statisticsEqualRecords(figures(api));
            report(seed, api, workload, check);
            assertEquals(List.of(), check.lost(), "lost");
            assertEquals(List.of(), check.duplicated(), "duplicated");
            assertTrue(workload.villagesFinished() > 0, "no village went through the campaign");
            assertTrue(longest.compareTo(RECOVERY_BOUND) < 0, "the longest recovery took " + longest);
        }
    }

    private static void assertNoDefect(CampaignWorkload workload) {
        assertEquals(List.of(), workload.defects().stream().map(Throwable::getMessage).toList(), "the workload met defects");
    }

    private void killAnInstance(Stack stack, StackProbe probe, Random random) {
        List<ServiceProcess> instances = stack.running();
        ServiceProcess victim = instances.get(random.nextInt(instances.size()));
        Instant fault = Instant.now();
        try {
            victim.kill();
            pause(random, 0, 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        withItsLog(() -> stack.restart(victim));
        recovered("kill -9 " + victim.label() + ", restarted", fault, probe);
    }

    /** An instance that does not start fails the drill with the end of its log, which the temporary directory takes with it. */
    private static void withItsLog(Runnable start) {
        try {
            start.run();
        } catch (ServiceProcess.StartupFailure failure) {
            throw new AssertionError(failure.getMessage() + "; the end of its log:\n" + String.join("\n", failure.service().logTail(60)), failure);
        }
    }

    /** The cluster must keep serving with one broker away: it catches up before the broker returns. */
    private void stopABroker(KafkaCluster brokers, StackProbe probe, int node, String which, Random random) {
        Instant fault = Instant.now();
        brokers.stop(node);
        recovered("broker " + node + " (" + which + ") stopped, the others serving", fault, probe);
        pause(random, 3, 8);
        Instant back = Instant.now();
        brokers.start(node);
        brokers.awaitBrokers(brokers.size(), RECOVERY_BOUND);
        recovered("broker " + node + " back", back, probe);
    }

    private void freezeTheBrokers(KafkaCluster brokers, StackProbe probe, Duration freeze) {
        brokers.freeze();
        try {
            Thread.sleep(freeze.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            brokers.thaw();
        }
        recovered("every broker frozen " + freeze.toSeconds() + " s (SIGSTOP), then thawed", Instant.now(), probe);
    }

    private void restartPostgres(Stack stack, StackProbe probe) {
        Instant fault = Instant.now();
        stack.restartPostgres();
        recovered("PostgreSQL restarted", fault, probe);
    }

    private void recovered(String fault, Instant since, StackProbe probe) {
        probe.awaitCaughtUp(RECOVERY_BOUND);
        Duration took = Duration.between(since, Instant.now());
        longest = took.compareTo(longest) > 0 ? took : longest;
        String line = String.format(Locale.ROOT, "| %d | %s | %.1f s |", trials.size() + 1, fault, took.toMillis() / 1000.0);
        trials.add(line);
        System.out.println("fault drill: " + line);
    }

    private static int leaderOf(KafkaCluster brokers, String topic) {
        try (Admin admin = brokers.admin()) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions().get(0).leader().id();
        } catch (Exception e) {
            throw new IllegalStateException("could not find the leader of " + topic, e);
        }
    }

    private static Map<String, BigDecimal> figures(DrillClient api) {
        LocalDate today = LocalDate.now(COUNTY_ZONE);
        JsonNode statistics = api.await(ServiceSpec.SUPERVISION, "/api/v1/statistics?from=" + (today.getYear() - 1) + "-01-01&to="
                + today.plusDays(60), body -> true, "the statistics");
        Map<String, BigDecimal> values = new HashMap<>();
        statistics.path("figures").forEach(f -> values.put(f.path("key").asText(), f.path("value").decimalValue()));
        return values;
    }

    private void report(long seed, DrillClient api, CampaignWorkload workload, Reconciliation check) throws IOException {
        String figures = String.format(Locale.ROOT, """
                        Fault drill, seed %d: %d trials, %d villages through the campaign, %d acknowledged writes, \
                        %d requests retried, %d events redelivered by Kafka and skipped, lost %d, duplicated %d, \
                        longest recovery %.1f s

                        | trial | fault | caught up after |
                        |---:|---|---:|
                        %s
                        """, seed, trials.size(), workload.villagesFinished(), api.ledger().size(), api.retried(), check.redelivered(),
                check.lost().size(), check.duplicated().size(), longest.toMillis() / 1000.0, String.join("\n", trials));
        System.out.println(figures);
        Path file = Path.of("target", "drill", "figures.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, figures);
    }

    private static void pause(Random random, int fromSeconds, int toSeconds) {
        try {
            Thread.sleep(1000L * (fromSeconds + random.nextInt(toSeconds - fromSeconds + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
