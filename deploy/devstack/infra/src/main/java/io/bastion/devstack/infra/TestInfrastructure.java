package io.bastion.devstack.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * The Quarkus test resource every service's tests use: a real PostgreSQL and a real Kafka broker.
 *
 * <p>Both servers start once per test JVM (one Maven module's test run), however many Quarkus
 * boots the module needs, and stop when the JVM exits. Each run gets a database of its own, so a
 * run never sees another's rows, not even on a shared external server. Set
 * {@code BASTION_TEST_PG_URL} (with {@code BASTION_TEST_PG_USER} and
 * {@code BASTION_TEST_PG_PASSWORD}) or {@code BASTION_TEST_KAFKA} to use external servers instead.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Shared shared;

    @Override
    public Map<String, String> start() {
        Shared infra = shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres.jdbcUrl(infra.database),
                "quarkus.datasource.username", infra.postgres.appUser(),
                "quarkus.datasource.password", infra.postgres.appPassword(),
                "kafka.bootstrap.servers", infra.kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", infra.tokens.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.ISSUER,
                // Traced as production is once BASTION_OTLP_ENDPOINT names a collector: this run's.
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", infra.collector.endpoint(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus boot; the JVM shutdown hook stops them.
    }

    /** The servers of this JVM, started on first use; also for tests that need them without Quarkus. */
    public static synchronized Shared shared() {
        if (shared == null) {
            shared = Shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "bastion-test-infrastructure-stop"));
        }
        return shared;
    }

    /** The PostgreSQL server, this run's database on it, the Kafka broker, the token issuer and a trace collector. */
    public static final class Shared {
        public final Postgres postgres;
        public final String database;
        public final EmbeddedKafka kafka;
        public final TokenIssuer tokens;
        public final OtlpCollector collector = OtlpCollector.start();
        private final Path keyDirectory;

        private Shared(Postgres postgres, String database, EmbeddedKafka kafka, Path keyDirectory) {
            this.postgres = postgres;
            this.database = database;
            this.kafka = kafka;
            this.keyDirectory = keyDirectory;
            this.tokens = TokenIssuer.keptIn(keyDirectory);
        }

        private static Shared start() {
            String pgUrl = System.getenv("BASTION_TEST_PG_URL");
            Postgres postgres = pgUrl == null || pgUrl.isBlank()
                    ? Postgres.ephemeral()
                    : Postgres.external(pgUrl, env("BASTION_TEST_PG_USER", "postgres"), env("BASTION_TEST_PG_PASSWORD", "postgres"));
            String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            postgres.ensureDatabase(database);
            String kafkaUrl = System.getenv("BASTION_TEST_KAFKA");
            EmbeddedKafka kafka = kafkaUrl == null || kafkaUrl.isBlank() ? EmbeddedKafka.ephemeral() : EmbeddedKafka.external(kafkaUrl);
            try {
                return new Shared(postgres, database, kafka, Files.createTempDirectory("bastion-test-keys"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void close() {
            collector.close();
            kafka.close();
            if (!postgres.isEmbedded()) {
                postgres.dropDatabase(database);
            }
            postgres.close();
            try (Stream<Path> files = Files.walk(keyDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
