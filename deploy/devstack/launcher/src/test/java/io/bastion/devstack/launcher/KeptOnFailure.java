package io.bastion.devstack.launcher;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * When a whole-stack suite fails, says where its run is kept (its temporary directory, with the
 * data and the services' logs, is removed only on success) and prints the last warnings and errors
 * of every log, which is all a CI run shows.
 */
final class KeptOnFailure implements TestExecutionExceptionHandler {

    /** A suite whose stack keeps its data and its logs in one directory. */
    interface Kept {
        Path dataDirectory();
    }

    private static final int LINES_PER_LOG = 15;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getRequiredTestInstance() instanceof Kept kept) {
            printTroubles(kept.dataDirectory().resolve("logs"), context.getRequiredTestClass().getSimpleName());
            failure.addSuppressed(new AssertionError("the run's data and logs are kept in " + kept.dataDirectory()));
        }
        throw failure;
    }

    private static void printTroubles(Path logDirectory, String suite) {
        if (!Files.isDirectory(logDirectory)) {
            return;
        }
        try (Stream<Path> logs = Files.list(logDirectory)) {
            for (Path log : logs.sorted().toList()) {
                List<String> troubles = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains("\"level\":\"WARN\"")
                                || line.contains(" ERROR ") || line.contains(" WARN "))
                        .toList();
                troubles.subList(Math.max(0, troubles.size() - LINES_PER_LOG), troubles.size())
                        .forEach(line -> System.out.println(suite + " " + log.getFileName() + ": " + line));
            }
        } catch (IOException e) {
            System.out.println(suite + ": the logs in " + logDirectory + " could not be read: " + e);
        }
    }
}
