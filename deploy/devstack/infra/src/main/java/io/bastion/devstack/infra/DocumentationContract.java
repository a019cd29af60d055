package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documentation says what the code does: a service's bundles speak both languages alike, every
 * problem type it (or the shared platform) can answer has a page under {@code docs/problems}, every
 * page belongs to some service, and the event catalogue parses and lists every schema. A service's
 * plain unit test extends this class; it runs from the service's folder, next to {@code docs/}.
 */
public abstract class DocumentationContract {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCS = ROOT.resolve("docs");
    private static final Path PLATFORM_BUNDLE = ROOT.resolve("deploy/platform/src/main/resources/platform-messages.properties");
    private static final List<String> SERVICES = List.of("village-service", "plan-service", "assistance-service", "supervision-service");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(classpathBundle("messages.properties").stringPropertyNames(),
                classpathBundle("messages_en.properties").stringPropertyNames());
    }

    @Test
    void everyProblemTypeOfTheServiceHasAPage() throws IOException {
        Set<String> types = problemTypes(classpathBundle("messages.properties"));
        types.addAll(problemTypes(classpathBundle("platform-messages.properties")));
        Set<String> pages = pages();
        String index = Files.readString(DOCS.resolve("problems").resolve("README.md"));
        for (String type : types) {
            assertTrue(pages.contains(type), "docs/problems lacks " + type + ".md");
            assertTrue(index.contains("(" + type + ".md)"), "docs/problems/README.md lacks " + type);
        }
    }

    /**
     * Every rule a violation of the service or the platform names has its words in both bundles, so
     * that no answer shows a message key: found in the source, where violations are made.
     */
    @Test
    void everyRuleAViolationNamesHasWords() throws IOException {
        Properties words = classpathBundle("messages_en.properties");
        words.putAll(classpathBundle("platform-messages_en.properties"));
        Pattern rule = Pattern.compile("(?:new Violation\\([^;]*?|unreadable\\([^,;]+|UnreadableValue\\(p)[,]\\s*\"([a-z0-9-]+)\"");
        Set<String> missing = new TreeSet<>();
        for (Path source : List.of(Path.of("src/main/java"), ROOT.resolve("deploy/platform/src/main/java"))) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = rule.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!words.containsKey("rule." + m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "rules without words in messages_en.properties or platform-messages_en.properties");
    }

    @Test
    void everyProblemPageBelongsToAService() throws IOException {
        Set<String> known = problemTypes(fileBundle(PLATFORM_BUNDLE));
        for (String service : SERVICES) {
            Path bundle = ROOT.resolve(service).resolve("src/main/resources/messages.properties");
            if (Files.exists(bundle)) {
                known.addAll(problemTypes(fileBundle(bundle)));
            }
        }
        Set<String> orphans = pages();
        orphans.removeAll(known);
        assertEquals(Set.of(), orphans, "problem pages no service answers with");
    }

    @Test
    void everyEventSchemaIsInTheAsyncApiDocument() throws IOException {
        String asyncapi = Files.readString(DOCS.resolve("asyncapi.yaml"));
        for (String type : EventSchemas.load(Path.of("")).types()) {
            assertTrue(asyncapi.contains("name: " + type), "asyncapi.yaml lacks the message " + type);
            assertTrue(asyncapi.contains("events/" + type + ".json"), "asyncapi.yaml lacks the schema of " + type);
        }
    }

    @Test
    void theAsyncApiDocumentParsesAndEveryReferenceResolves() throws IOException {
        JsonNode asyncapi = new YAMLMapper().readTree(DOCS.resolve("asyncapi.yaml").toFile());
        assertEquals("3.0.0", asyncapi.path("asyncapi").asText());
        String text = Files.readString(DOCS.resolve("asyncapi.yaml"));
        Matcher internal = Pattern.compile("\\$ref: '#/([^']+)'").matcher(text);
        while (internal.find()) {
            assertTrue(!asyncapi.at("/" + internal.group(1)).isMissingNode(), "unresolved reference #/" + internal.group(1));
        }
        Matcher external = Pattern.compile("\\$ref: '(events/[^']+)'").matcher(text);
        while (external.find()) {
            assertTrue(Files.exists(DOCS.resolve(external.group(1))), "no file " + external.group(1));
        }
    }

    private static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS.resolve("problems"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> problemTypes(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
                .map(key -> key.substring("problem.".length(), key.length() - ".title".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Properties classpathBundle(String name) throws IOException {
        InputStream in = getClass().getClassLoader().getResourceAsStream(name);
        assertTrue(in != null, "no " + name + " on the class path");
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }

    private static Properties fileBundle(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
