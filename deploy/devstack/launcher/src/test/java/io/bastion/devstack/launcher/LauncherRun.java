package io.bastion.devstack.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged launcher run as its own process, exactly as the README tells a newcomer to. Closing
 * it kills whatever is still running, so a failed assertion leaves no stack behind.
 */
final class LauncherRun implements AutoCloseable {

    static final Path JAR = Path.of("target", "bastion-devstack.jar").toAbsolutePath();

    /**
     * JVM options for the whole-stack suites, which start services again and again on this 2-core
     * machine and then drive them lightly: the client compiler only and the serial collector leave
     * the CPU to start-up. Two instances of every service over three brokers are ready in 47 s
     * instead of 74 s. Benchmarks keep the launcher's default.
     */
    static final String QUICK_START = "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private LauncherRun(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static LauncherRun start(Path outputDirectory, String... args) throws IOException {
        return start(outputDirectory, Map.of(), args);
    }

    /** Starts the launcher with extra environment variables, which it and the services it starts inherit. */
    static LauncherRun start(Path outputDirectory, Map<String, String> environment, String... args) throws IOException {
        Files.createDirectories(outputDirectory);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(outputDirectory, "launcher", ".out");
        Path err = Files.createTempFile(outputDirectory, "launcher", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new LauncherRun(process, out, err);
    }

    /** Waits for the launcher to finish printing that the stack is up; fails with its output if it exits first. */
    Duration awaitUp(Duration timeout) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (!stdout().contains("Press Ctrl-C to stop.")) {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                fail("launcher exited with " + process.exitValue() + " before the stack was up\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("stack not up within " + timeout + "\n" + output());
            }
        }
        return Duration.between(start, Instant.now());
    }

    /** Waits for the launcher to end on its own and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("launcher still running after " + timeout + "\n" + output());
        }
        return process.exitValue();
    }

    /** Sends SIGTERM, as Ctrl-C or a process manager would, and waits for the launcher to end. */
    void stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("launcher did not stop within " + within + "\n" + output());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    Set<ProcessHandle> descendants() {
        return process.descendants().collect(Collectors.toSet());
    }

    /** The embedded PostgreSQL server, which pg_ctl detaches from the launcher, found by its pid file. */
    static Optional<ProcessHandle> postgresOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    /** The token the launcher printed for a role, e.g. {@code COUNTY_ADMIN}. */
    String token(String role) throws IOException {
        String prefix = "BASTION_TOKEN_" + role + "=";
        return stdout().lines().map(String::trim).filter(line -> line.startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no token printed for " + role + "\n" + output()))
                .substring(prefix.length());
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    String output() {
        try {
            return "--- stdout\n" + stdout() + "--- stderr\n" + stderr();
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** An offset at which every port the stack uses is free on this machine. */
    static int freePortOffset() {
        for (int offset = 20000; offset < 40000; offset += 137) {
            int o = offset;
            // Two instances of each service and three brokers, as the cluster runs take.
            if (IntStream.of(8081, 8082, 8083, 8084, 8091, 8092, 8093, 8094, 15432, 19092, 19093, 19094, 19095, 19096, 19097)
                    .allMatch(port -> isFree(port + o))) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port range found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
