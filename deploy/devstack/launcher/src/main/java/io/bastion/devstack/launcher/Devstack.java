package io.bastion.devstack.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The one command that runs Bastion locally: embedded PostgreSQL and Kafka, the four databases and
 * topics, and the four services from their built jars, until Ctrl-C or SIGTERM stops them all.
 */
public final class Devstack {

    private static final int LOG_TAIL_LINES = 40;

    private Devstack() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(LaunchOptions.parse(args), System.out, System.err);
        } catch (LaunchOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("devstack: " + e.getMessage());
            }
            (e.getMessage() == null ? System.out : System.err).print(LaunchOptions.USAGE);
            exitCode = e.getMessage() == null ? 0 : 2;
        }
        System.exit(exitCode);
    }

    static int run(LaunchOptions options, PrintStream out, PrintStream err) {
        Path home = options.home().orElseGet(Devstack::checkoutOfThisLauncher);
        List<String> unbuilt = ServiceSpec.ALL.stream()
                .filter(service -> !Files.isRegularFile(Stack.jarOf(home, service)))
                .map(ServiceSpec::name)
                .toList();
        if (!unbuilt.isEmpty()) {
            err.println("devstack: not built yet in " + home + ": " + String.join(", ", unbuilt));
            err.println("devstack: build first with: mvn install -DskipTests");
            return 1;
        }
        if (options.fresh()) {
            Stack.wipe(options.dataDirectory());
        }
        Stack stack = new Stack(options, home);
        createDirectories(stack.logDirectory());
        routeInfrastructureLogs(stack.logDirectory().resolve("infra.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("devstack: stopping");
            stack.close();
        }, "devstack-stop"));

        Instant launched = Instant.now();
        try {
            out.println("devstack: starting PostgreSQL and Kafka (data in " + options.dataDirectory() + ")");
            stack.startInfrastructure();
            out.println("devstack: starting " + ServiceSpec.ALL.size() + " services"
                    + (options.replicas() > 1 ? ", " + options.replicas() + " instances each" : ""));
            stack.startServices();
        } catch (ServiceProcess.StartupFailure failure) {
            err.println("devstack: " + failure.getMessage() + "; last lines of " + failure.service().logFile() + ":");
            failure.service().logTail(LOG_TAIL_LINES).forEach(line -> err.println("  | " + line));
            stack.close();
            return 1;
        } catch (RuntimeException e) {
            err.println("devstack: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            err.println("devstack: see " + stack.logDirectory().resolve("infra.log"));
            stack.close();
            return 1;
        }
        if (options.demo()) {
            try {
                new DemoLoader(stack, RoleTokens.ROLES.get(0).token(stack.tokens())).load(out);
            } catch (RuntimeException e) {
                err.println(e.getMessage());
                err.println("devstack: the demo county could not be loaded; the services' logs are in " + stack.logDirectory());
                stack.close();
                return 1;
            }
        }
        printUrls(out, stack, Duration.between(launched, Instant.now()));
        awaitSignal();
        return 0;
    }

    private static void printUrls(PrintStream out, Stack stack, Duration took) {
        out.printf(Locale.ROOT, "%nBastion is up (ready in %.1f s)%n%n", took.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%-22s %-8s %-8s %-32s %-38s %-40s %s%n",
                "service", "pid", "ready", "API", "Swagger UI", "health", "metrics");
        for (ServiceProcess service : stack.running()) {
            String base = "http://localhost:" + service.port();
            out.printf(Locale.ROOT, "%-22s %-8d %-8s %-32s %-38s %-40s %s%n", service.label(), service.pid(),
                    String.format(Locale.ROOT, "%.1f s", service.readyAfter().toMillis() / 1000.0),
                    base + "/api/v1", base + "/q/swagger-ui", base + "/q/health/ready", base + "/q/metrics");
        }
        out.println();
        out.println("PostgreSQL  " + stack.postgresDescription());
        out.println("Kafka       " + stack.kafkaBootstrapServers()
                + stack.brokers().filter(b -> b.size() > 1).map(b -> " (" + b.size() + " brokers)").orElse(""));
        out.println("Logs        " + stack.logDirectory());
        out.println();
        Path tokenFile = stack.logDirectory().getParent().resolve("tokens.env");
        List<String> tokens = RoleTokens.issue(stack.tokens());
        RoleTokens.write(tokens, tokenFile);
        out.println("Tokens, one per role, valid for " + RoleTokens.LIFETIME.toHours() + " h (also in " + tokenFile + "):");
        tokens.forEach(token -> out.println("  " + token));
        out.println("  e.g. source " + tokenFile + " && curl -H \"Authorization: Bearer $BASTION_TOKEN_COUNTY_ADMIN\" "
                + "http://localhost:" + stack.running().get(0).port() + "/api/v1/villages");
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** Runs until the JVM is told to stop; the shutdown hook then stops the stack. */
    private static void awaitSignal() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SLF4J's simple logger reads its settings once, so this must run before Kafka or PostgreSQL log. */
    private static void routeInfrastructureLogs(Path file) {
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
    }

    /** The checkout this launcher was built in: the first folder above its jar that holds the services. */
    private static Path checkoutOfThisLauncher() {
        try {
            Path location = Path.of(Devstack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.of(location.toAbsolutePath())
                    .flatMap(Devstack::findCheckout)
                    .orElseThrow(() -> new LaunchOptions.UsageException(
                            "cannot find the Bastion checkout above " + location + "; give it with --home"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> findCheckout(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(ServiceSpec.ALL.get(0).name())) && Files.isDirectory(dir.resolve("deploy"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
