package io.bastion.devstack.infra;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JSON Schemas of every event type, from {@code docs/events} of the checkout, so tests prove
 * that what a service publishes is what the documentation promises.
 */
public final class EventSchemas {

    public static final String BASE = "https://bastion.example/events/";

    private final SchemaRepository repository;
    private final Map<String, JsonObject> schemas;

    private EventSchemas(SchemaRepository repository, Map<String, JsonObject> schemas) {
        this.repository = repository;
        this.schemas = schemas;
    }

    /** Loads {@code docs/events/*.json} from the checkout that holds {@code moduleDirectory}. */
    public static EventSchemas load(Path moduleDirectory) {
        Path docs = checkoutOf(moduleDirectory.toAbsolutePath()).resolve("docs").resolve("events");
        SchemaRepository repository = SchemaRepository.create(new JsonSchemaOptions()
                .setDraft(Draft.DRAFT202012)
                .setBaseUri(BASE)
                .setOutputFormat(OutputFormat.Basic));
        Map<String, JsonObject> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonObject schema = new JsonObject(Files.readString(file));
                String type = file.getFileName().toString().replaceFirst("\\.json$", "");
                schemas.put(type, schema);
                repository.dereference(BASE + file.getFileName(), JsonSchema.of(schema));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event schemas in " + docs, e);
        }
        return new EventSchemas(repository, schemas);
    }

    /** The event types that have a schema, e.g. {@code bastion.village.village-registered.v1}. */
    public java.util.Set<String> types() {
        return schemas.keySet();
    }

    public JsonObject schema(String type) {
        return schemas.get(type);
    }

    /** The reasons {@code data} does not match the schema of {@code type}; empty when it does. */
    public List<String> problems(String type, String data) {
        if (!schemas.containsKey(type)) {
            return List.of("no schema for event type " + type + " in docs/events");
        }
        OutputUnit result = repository.validator(BASE + type + ".json").validate(new JsonObject(data));
        if (Boolean.TRUE.equals(result.getValid())) {
            return List.of();
        }
        return result.getErrors() == null ? List.of("invalid") : result.getErrors().stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getError()).toList();
    }

    private static Path checkoutOf(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs").resolve("events"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/events above " + start);
    }
}
