package io.bastion.devstack.launcher;

import io.bastion.devstack.infra.EmbeddedKafka;
import io.bastion.devstack.infra.Postgres;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole local stack, from the packaged launcher and the four built service jars: it comes up,
 * every service is ready and serves its platform endpoints, SIGTERM leaves no process behind, and
 * a second start finds the first one's data.
 */
class DevstackIT {

    private static final Duration UP_WITHIN = Duration.ofMinutes(3);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void startsAllFourServicesStopsWithoutOrphansAndKeepsItsDataAcrossRestarts() throws Exception {
        int offset = LauncherRun.freePortOffset();
        Path data = work.resolve("data");
        String[] args = {"--data-dir", data.toString(), "--port-offset", Integer.toString(offset), "--java-options", LauncherRun.QUICK_START};
        String villageDb = "jdbc:postgresql://localhost:" + (15432 + offset) + "/village";
        String kafka = "localhost:" + (19092 + offset);

        try (LauncherRun first = LauncherRun.start(work, args)) {
            first.awaitUp(UP_WITHIN);
            for (ServiceSpec service : ServiceSpec.ALL) {
                int port = service.port() + offset;
                assertAnswers(port, "/q/health/ready", "\"UP\"");
                assertAnswers(port, "/q/openapi?format=json", "Bastion " + service.name());
                assertAnswers(port, "/q/swagger-ui/", "<html");
                assertAnswers(port, "/q/metrics", "jvm_memory_used_bytes");
            }
            String adminToken = first.token("COUNTY_ADMIN");
            HttpResponse<String> villages = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + (8081 + offset) + "/api/v1/villages"))
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, villages.statusCode(), "the printed county-admin token opens the API: " + villages.body());
            assertTrue(Files.readString(data.resolve("tokens.env")).contains("export BASTION_TOKEN_TOWNSHIP_OPERATOR="));
            try (Connection c = DriverManager.getConnection(villageDb, "postgres", "postgres")) {
                c.createStatement().execute("create table devstack_probe (v text); insert into devstack_probe values ('kept')");
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("devstack.probe", "410423203201", "kept")).get();
            }
            Set<ProcessHandle> children = new HashSet<>(first.descendants());
            LauncherRun.postgresOf(data).ifPresent(children::add);
            assertTrue(children.size() >= ServiceSpec.ALL.size() + 1, "expected four services and PostgreSQL, found " + children.size());

            first.stop(STOP_WITHIN);
            assertNoneAlive(children);
            for (ServiceSpec service : ServiceSpec.ALL) {
                List<String> log = Files.readAllLines(data.resolve("logs").resolve(service.name() + ".log"));
                assertTrue(log.stream().anyMatch(line -> line.startsWith("{") && String.valueOf(new JsonPath(line).getString("message"))
                        .contains("started in")), service.name() + " does not log its start as a JSON record: " + log.stream().limit(3).toList());
            }

        }

        try (LauncherRun second = LauncherRun.start(work, args)) {
            second.awaitUp(UP_WITHIN);
            try (Connection c = DriverManager.getConnection(villageDb, "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("select v from devstack_probe")) {
                assertTrue(rs.next(), "the row written before the restart is gone");
                assertEquals("kept", rs.getString(1));
            }
            assertEquals(List.of("kept"), readAll(kafka, "devstack.probe"));
            Set<ProcessHandle> secondChildren = new HashSet<>(second.descendants());
            LauncherRun.postgresOf(data).ifPresent(secondChildren::add);
            second.stop(STOP_WITHIN);
            assertNoneAlive(secondChildren);
        }
    }

    @Test
    void usesExternalPostgresAndKafkaWhenGivenAndCreatesTheDatabasesAndTopicsThere() throws Exception {
        try (Postgres postgres = Postgres.ephemeral(); EmbeddedKafka kafka = EmbeddedKafka.ephemeral()) {
            Path data = work.resolve("external-data");
            try (LauncherRun run = LauncherRun.start(work, "--data-dir", data.toString(),
                    "--port-offset", Integer.toString(LauncherRun.freePortOffset()),
                    "--pg-url", postgres.jdbcUrl("postgres"), "--kafka", kafka.bootstrapServers(), "--java-options", LauncherRun.QUICK_START)) {
                run.awaitUp(UP_WITHIN);
                assertTrue(run.stdout().contains(kafka.bootstrapServers()), run.output());
                for (ServiceSpec service : ServiceSpec.ALL) {
                    assertFalse(postgres.ensureDatabase(service.database()), service.database() + " was not created on the external server");
                }
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                    assertTrue(admin.listTopics().names().get().containsAll(List.of("bastion.village", "bastion.supervision.dlq")));
                }
                assertFalse(Files.exists(data.resolve("postgres")), "no embedded PostgreSQL may start");
                assertFalse(Files.exists(data.resolve("kafka")), "no embedded Kafka may start");
                run.stop(STOP_WITHIN);
            }
        }
    }

    @Test
    void aServiceThatCannotStartIsReportedWithItsLogAndTheLauncherExitsNonZero() throws Exception {
        Path home = work.resolve("checkout");
        Path realCheckout = Path.of("..", "..", "..").toAbsolutePath().normalize();
        for (ServiceSpec service : ServiceSpec.ALL) {
            Path target = Files.createDirectories(home.resolve(service.name()).resolve("target"));
            if (service.name().equals("village-service")) {
                Files.writeString(Files.createDirectories(target.resolve("quarkus-app")).resolve("quarkus-run.jar"), "not a jar");
            } else {
                Files.createSymbolicLink(target.resolve("quarkus-app"), realCheckout.resolve(service.name()).resolve("target/quarkus-app"));
            }
        }
        Path data = work.resolve("broken-data");
        try (LauncherRun run = LauncherRun.start(work, "--home", home.toString(), "--data-dir", data.toString(),
                "--port-offset", Integer.toString(LauncherRun.freePortOffset()))) {
            assertEquals(1, run.awaitExit(UP_WITHIN));
            String stderr = run.stderr();
            assertTrue(stderr.contains("village-service exited with code"), stderr);
            assertTrue(stderr.contains("| Error: Invalid or corrupt jarfile"), "the log's tail is shown:\n" + stderr);
            assertFalse(LauncherRun.postgresOf(data).map(ProcessHandle::isAlive).orElse(false), "PostgreSQL left running");
            assertTrue(run.descendants().isEmpty(), "services left running");
        }
    }

    @Test
    void refusesToStartWhenTheServicesAreNotBuilt() throws Exception {
        Path home = Files.createDirectories(work.resolve("unbuilt"));
        try (LauncherRun run = LauncherRun.start(work, "--home", home.toString(), "--data-dir", work.resolve("d").toString())) {
            assertEquals(1, run.awaitExit(Duration.ofSeconds(30)));
            assertTrue(run.stderr().contains("mvn install -DskipTests"), run.stderr());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        try (LauncherRun run = LauncherRun.start(work, "--colour", "blue")) {
            assertEquals(2, run.awaitExit(Duration.ofSeconds(30)));
            assertTrue(run.stderr().contains("unknown option --colour"), run.stderr());
            assertTrue(run.stderr().contains("usage:"), run.stderr());
        }
    }

    private static void assertAnswers(int port, String path, String expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " on " + port);
        assertTrue(response.body().contains(expected), path + " on " + port + " lacks " + expected);
    }

    private static void assertNoneAlive(Set<ProcessHandle> processes) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                fail("left running: " + processes.stream().filter(ProcessHandle::isAlive)
                        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
            }
            processes.stream().filter(ProcessHandle::isAlive).findFirst()
                    .ifPresent(p -> p.onExit().completeOnTimeout(p, 200, java.util.concurrent.TimeUnit.MILLISECONDS).join());
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
