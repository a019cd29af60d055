package io.bastion.village;

import io.bastion.devstack.infra.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documentation says what the code does: bundles, problem pages and the event catalogue agree. */
class DocumentationTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("messages.properties").stringPropertyNames(), bundle("messages_en.properties").stringPropertyNames());
    }

    @Test
    void everyProblemTypeHasAPageAndEveryPageAType() throws IOException {
        Set<String> types = bundle("messages.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("problem.") && key.endsWith(".title"))
                .map(key -> key.substring("problem.".length(), key.length() - ".title".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages;
        try (Stream<Path> files = Files.list(DOCS.resolve("problems"))) {
            pages = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(types, pages);
        String index = Files.readString(DOCS.resolve("problems").resolve("README.md"));
        types.forEach(type -> assertTrue(index.contains("(" + type + ".md)"), "index lacks " + type));
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
            JsonNode target = asyncapi.at("/" + internal.group(1));
            assertTrue(!target.isMissingNode(), "unresolved reference #/" + internal.group(1));
        }
        Matcher external = Pattern.compile("\\$ref: '(events/[^']+)'").matcher(text);
        while (external.find()) {
            assertTrue(Files.exists(DOCS.resolve(external.group(1))), "no file " + external.group(1));
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentationTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
