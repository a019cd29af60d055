package io.bastion.devstack.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image recipe (deploy/docker/Dockerfile.jvm) copies what the build makes: for every service the
 * launcher runs, each source of a COPY exists in the packaged service (the suite runs after the
 * services are packaged), and the jar the image starts is one of them. No image is built here: there
 * is no container runtime on these machines.
 */
class ImageRecipeTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().resolve("../../..").normalize();
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)$");

    @Test
    void everyPathTheRecipeCopiesIsWhatTheBuildMakesForEveryService() throws IOException {
        List<String> recipe = Files.readAllLines(ROOT.resolve("deploy/docker/Dockerfile.jvm"));
        List<String[]> copies = new ArrayList<>();
        for (String line : recipe) {
            Matcher m = COPY.matcher(line.trim());
            if (m.matches()) {
                copies.add(new String[]{m.group(1), m.group(2)});
            }
        }
        assertEquals(4, copies.size(), "the fast-jar layout's four parts: lib, the jars, app, quarkus");
        assertTrue(recipe.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "the image starts quarkus-run.jar");
        for (ServiceSpec service : ServiceSpec.ALL) {
            List<String> copied = new ArrayList<>();
            for (String[] copy : copies) {
                String source = copy[0].replace("${SERVICE}", service.name());
                List<Path> found = matches(source);
                assertTrue(!found.isEmpty(), service.name() + ": " + source + " is not in the build");
                found.forEach(p -> copied.add(copy[1].endsWith("/") && !source.endsWith("/") ? copy[1] + p.getFileName() : copy[1]));
            }
            assertTrue(copied.contains("/deployments/quarkus-run.jar"), service.name() + " copies no quarkus-run.jar: " + copied);
        }
    }

    private static List<Path> matches(String source) throws IOException {
        if (!source.contains("*")) {
            Path path = ROOT.resolve(source);
            return Files.exists(path) ? List.of(path) : List.of();
        }
        Path folder = ROOT.resolve(source.substring(0, source.lastIndexOf('/')));
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + source.substring(source.lastIndexOf('/') + 1));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> glob.matches(p.getFileName())).toList();
        }
    }
}
