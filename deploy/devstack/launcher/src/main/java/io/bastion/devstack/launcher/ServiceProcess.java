package io.bastion.devstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One instance of a service running as a child JVM from its built jar, logging to a file of its own. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int instance;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final Instant started = Instant.now();
    private Duration readyAfter;

    private ServiceProcess(ServiceSpec spec, int instance, int port, Path logFile, Process process) {
        this.spec = spec;
        this.instance = instance;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /** Starts instance {@code instance} (from 1); its log is appended to, so a restart keeps what came before. */
    static ServiceProcess start(ServiceSpec spec, int instance, Path jar, int port, Map<String, String> environment,
                                String javaOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(javaOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(spec, instance, port, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + label(spec, instance) + " from " + jar, e);
        }
    }

    ServiceSpec spec() {
        return spec;
    }

    int instance() {
        return instance;
    }

    /** The service's name, and the instance's number from the second on: village-service, village-service-2. */
    String label() {
        return label(spec, instance);
    }

    static String label(ServiceSpec spec, int instance) {
        return instance == 1 ? spec.name() : spec.name() + "-" + instance;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    /** From the process's start to its first ready answer; null until then. */
    Duration readyAfter() {
        return readyAfter;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code /q/health/ready} answers 200, the process exits, or the deadline passes;
     * the last two throw a {@link StartupFailure} naming the service.
     */
    void awaitReady(Instant deadline) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            try {
                // Waiting on the process doubles as the pause between polls, and notices a crash at once.
                if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                    throw new StartupFailure(this, label() + " exited with code " + process.exitValue() + " before it was ready");
                }
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAfter = Duration.between(started, Instant.now());
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure(this, "interrupted while waiting for " + label());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(this, label() + " was not ready before the timeout");
            }
        }
    }

    /** The last lines of the service's log, to show why it did not start. */
    List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(could not read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Ends the instance at once (SIGKILL), as a crash or the kernel's OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Asks the service to shut down (SIGTERM), as Ctrl-C would. */
    void requestStop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Waits for the service to be gone, killing it if it outstays {@code grace}. */
    void awaitStop(Duration grace) throws InterruptedException {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    /** A service that did not become ready; carries the service so its log can be shown. */
    static final class StartupFailure extends RuntimeException {
        private final transient ServiceProcess service;

        StartupFailure(ServiceProcess service, String message) {
            super(message);
            this.service = service;
        }

        ServiceProcess service() {
            return service;
        }
    }
}
