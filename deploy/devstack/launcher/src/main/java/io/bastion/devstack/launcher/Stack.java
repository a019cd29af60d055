package io.bastion.devstack.launcher;

import io.bastion.devstack.infra.EmbeddedKafka;
import io.bastion.devstack.infra.KafkaNode;
import io.bastion.devstack.infra.Postgres;
import io.bastion.devstack.infra.TokenIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The running stack: PostgreSQL, Kafka and the four services (each in as many instances as asked),
 * started in that order and stopped in the reverse. Safe to close from a shutdown hook while it is
 * still starting. A drill may kill and restart an instance, stop a broker or restart PostgreSQL.
 */
final class Stack implements AutoCloseable {

    static final List<String> DATA_FOLDERS = List.of("postgres", "kafka", "logs", "jwt");
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final LaunchOptions options;
    private final Path home;
    private final TokenIssuer tokens;
    /** Signs page cursors; one per stack, shared by its services as replicas would share theirs. */
    private final String cursorKey = java.util.UUID.randomUUID().toString();
    private Postgres postgres;
    private EmbeddedKafka kafka;
    private KafkaCluster brokers;
    private final List<ServiceProcess> services = new ArrayList<>();
    private boolean closed;

    Stack(LaunchOptions options, Path home) {
        this.options = options;
        this.home = home;
        this.tokens = TokenIssuer.keptIn(options.dataDirectory().resolve("jwt"));
    }

    /** Signs the tokens the stack prints; the services trust its public key. */
    TokenIssuer tokens() {
        return tokens;
    }

    /** The jar each service is started from; a missing one means the build has not run. */
    static Path jarOf(Path home, ServiceSpec service) {
        return home.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path logDirectory() {
        return options.dataDirectory().resolve("logs");
    }

    /** Removes what earlier runs kept in the data directory, and nothing else there. */
    static void wipe(Path dataDirectory) {
        for (String folder : DATA_FOLDERS) {
            Path path = dataDirectory.resolve(folder);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(path)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not wipe " + path, e);
            }
        }
    }

    void startInfrastructure() {
        Postgres pg = options.pgUrl()
                .map(url -> Postgres.external(url, options.pgUser(), options.pgPassword()))
                .orElseGet(() -> Postgres.persistent(options.dataDirectory().resolve("postgres"), options.postgresPort()));
        synchronized (this) {
            postgres = pg;
        }
        ServiceSpec.ALL.forEach(service -> postgres.ensureDatabase(service.database()));
        KafkaCluster cluster = options.kafka().isPresent() ? null : KafkaCluster.start(options.dataDirectory().resolve("kafka"),
                logDirectory(), options.kafkaPort(), options.brokers(), options.readyTimeout());
        synchronized (this) {
            brokers = cluster;
            kafka = EmbeddedKafka.external(cluster == null ? options.kafka().get() : cluster.bootstrapServers());
        }
        kafka.ensureTopics(ServiceSpec.ALL.stream()
                .flatMap(service -> Stream.of(service.topic(), service.deadLetterTopic()))
                .toList(), 3, KafkaNode.replicas(options.brokers()));
    }

    /** The embedded Kafka cluster; empty when the stack uses an external one. */
    synchronized Optional<KafkaCluster> brokers() {
        return Optional.ofNullable(brokers);
    }

    /** Restarts the embedded PostgreSQL on its data and port, as a failover or a host reboot would. */
    void restartPostgres() {
        if (!postgres.isEmbedded()) {
            throw new IllegalStateException("the stack uses an external PostgreSQL");
        }
        postgres.close();
        Postgres restarted = Postgres.persistent(options.dataDirectory().resolve("postgres"), options.postgresPort());
        synchronized (this) {
            postgres = restarted;
        }
    }

    void startServices() {
        for (int instance = 1; instance <= options.replicas(); instance++) {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    services.add(launch(spec, instance));
                }
            }
        }
        awaitAllReady(running(), Instant.now().plus(options.readyTimeout()));
    }

    private ServiceProcess launch(ServiceSpec spec, int instance) {
        int port = options.servicePort(spec, instance);
        return ServiceProcess.start(spec, instance, jarOf(home, spec), port, Map.of(
                        "BASTION_HTTP_PORT", Integer.toString(port),
                        "BASTION_DB_URL", postgres.jdbcUrl(spec.database()),
                        "BASTION_DB_USER", postgres.appUser(),
                        "BASTION_DB_PASSWORD", postgres.appPassword(),
                        "BASTION_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                        "BASTION_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyFile().toString(),
                        "BASTION_JWT_ISSUER", TokenIssuer.ISSUER,
                        "BASTION_CURSOR_KEY", cursorKey),
                options.javaOptions(), logDirectory().resolve(ServiceProcess.label(spec, instance) + ".log"));
    }

    /** Starts a stopped or killed instance again in its place, and waits until it is ready. */
    ServiceProcess restart(ServiceProcess instance) {
        ServiceProcess restarted;
        synchronized (this) {
            restarted = launch(instance.spec(), instance.instance());
            services.set(services.indexOf(instance), restarted);
        }
        awaitAllReady(List.of(restarted), Instant.now().plus(options.readyTimeout()));
        return restarted;
    }

    /** Polls every service at once, so each one's time to ready is its own, not its turn in a queue. */
    private static void awaitAllReady(List<ServiceProcess> starting, Instant deadline) {
        ExecutorService pollers = Executors.newFixedThreadPool(Math.max(1, starting.size()), runnable -> {
            Thread thread = new Thread(runnable, "devstack-ready-poll");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Void>> waits = starting.stream()
                    .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(deadline), pollers))
                    .toList();
            for (CompletableFuture<Void> wait : waits) {
                try {
                    wait.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        } finally {
            pollers.shutdownNow();
        }
    }

    synchronized List<ServiceProcess> running() {
        return List.copyOf(services);
    }

    String postgresDescription() {
        return postgres.jdbcUrl("<database>") + " (services connect as " + postgres.appUser() + ")";
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of a service's database, for an admin who checks what the services wrote. */
    String jdbcUrl(ServiceSpec service) {
        return postgres.jdbcUrl(service.database());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        services.forEach(ServiceProcess::requestStop);
        try {
            for (ServiceProcess service : services) {
                service.awaitStop(STOP_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (brokers != null) {
            brokers.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
