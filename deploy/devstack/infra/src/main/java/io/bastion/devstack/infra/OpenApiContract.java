package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public operation of a service is in its OpenAPI document with an operationId of its own, a
 * summary, a success answer and its problem answers, each with an example whose type is a documented
 * problem. A service's {@code @QuarkusTest} extends this class, naming paths its document must have.
 */
public abstract class OpenApiContract {

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Set to rewrite docs/openapi/ from what the services serve, to review and commit the change. */
    private static final String WRITE = "bastion.openapi.write";

    private final List<String> requiredPaths;

    protected OpenApiContract(List<String> requiredPaths) {
        this.requiredPaths = requiredPaths;
    }

    protected JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationHasASummaryASuccessAndItsProblemAnswers() {
        JsonPath openapi = document();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> apiPaths = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/")).toList();
        assertTrue(apiPaths.containsAll(requiredPaths), apiPaths.toString());
        for (String path : apiPaths) {
            paths.get(path).forEach((method, operation) -> {
                String where = method.toUpperCase() + " " + path;
                assertNotNull(operation.get("summary"), where + " has no summary");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                // A deprecated operation may only say where its work is done now.
                assertTrue(Boolean.TRUE.equals(operation.get("deprecated")) || responses.keySet().stream().anyMatch(s -> s.startsWith("2")),
                        where + " documents no success");
                for (String status : List.of("400", "401", "403", "500")) {
                    assertTrue(responses.containsKey(status), where + " lacks " + status);
                    String problem = openapi.getString("paths.'" + path + "'." + method + ".responses.'" + status
                            + "'.content.'application/problem+json'.example.type");
                    assertTrue(problem != null && problem.startsWith("https://bastion.example/problems/"), where + " " + status);
                }
                if (method.equals("patch")) {
                    assertTrue(responses.keySet().containsAll(List.of("404", "412", "422", "428")), where);
                }
                if (method.equals("post")) {
                    assertTrue(responses.keySet().containsAll(List.of("409", "422")), where);
                }
                // What creates something can be retried safely: a lost answer must not create it twice.
                if (method.equals("post") && responses.containsKey("201")) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
                    assertTrue(parameters.stream().anyMatch(p -> "header".equals(p.get("in")) && "Idempotency-Key".equals(p.get("name"))),
                            where + " creates something but takes no Idempotency-Key");
                }
            });
        }
        assertEquals("object", openapi.getString("components.schemas.Problem.type"));
    }

    /**
     * A generated client names its methods after the operationIds: each operation has one, a verb in
     * camelCase ({@code listVillages}, {@code submitPlan}), and no two operations of a service share one.
     */
    @Test
    void everyOperationHasItsOwnOperationIdInCamelCase() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        Map<String, String> seen = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            assertTrue(id instanceof String s && OPERATION_ID.matcher(s).matches(), where + " has operationId " + id);
            String earlier = seen.put((String) id, where);
            assertNull(earlier, id + " names both " + earlier + " and " + where);
        }));
    }

    /**
     * What a client is generated from is what it gets: every success answer with a body says what the
     * body is, and no schema is left open ({@code {}}, an array without items).
     */
    @Test
    void everySuccessHasATypedBodyAndNoSchemaIsOpen() throws IOException {
        JsonNode openapi = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> untyped = new ArrayList<>();
        openapi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().path("deprecated").asBoolean()) {
                return;
            }
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                    JsonNode content = response.getValue().path("content");
                    if (content.isEmpty()) {
                        untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey() + " declares no body");
                    }
                    content.fields().forEachRemaining(media -> {
                        if (media.getValue().path("schema").isEmpty()) {
                            untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey() + " "
                                    + media.getKey() + " has no schema");
                        }
                    });
                }
            });
        }));
        openSchemas(openapi.path("components").path("schemas"), "#/components/schemas", untyped);
        assertTrue(untyped.isEmpty(), String.join("\n", untyped));
    }

    private static void openSchemas(JsonNode schemas, String where, List<String> found) {
        schemas.fields().forEachRemaining(entry -> openSchema(entry.getValue(), where + "/" + entry.getKey(), found));
    }

    private static void openSchema(JsonNode schema, String where, List<String> found) {
        if (schema.isEmpty() && !where.endsWith("/additionalProperties")) {
            found.add(where + " is {}");
        }
        if (schema.path("type").asText().equals("array") && !schema.has("items")) {
            found.add(where + " is an array without items");
        }
        openSchemas(schema.path("properties"), where + "/properties", found);
        if (schema.has("items")) {
            openSchema(schema.get("items"), where + "/items", found);
        }
    }

    /**
     * The document a service serves is the one checked in under docs/openapi/, so that every change
     * of the API is a reviewed diff. After a deliberate change, {@code -Dbastion.openapi.write=true}
     * rewrites the file from what is served.
     */
    @Test
    void theServedDocumentIsTheOneInDocsOpenapi() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path file = Path.of("..", "docs", "openapi", service + ".json");
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(file, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; run the test with -D" + WRITE + "=true to write it");
        JsonNode checkedIn = JSON.readTree(file.toFile());
        List<String> differences = new ArrayList<>();
        differences(checkedIn, served, "", differences);
        assertTrue(differences.isEmpty(), "the served OpenAPI differs from " + file + " at " + differences
                + "; if the change is meant, run the test with -D" + WRITE + "=true and commit the diff");
    }

    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> found) {
        if (found.size() >= 10 || expected.equals(actual)) {
            return;
        }
        if (!expected.isObject() || !actual.isObject()) {
            found.add(at.isEmpty() ? "/" : at);
            return;
        }
        for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            differences(expected.get(name), actual.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), found);
        }
        actual.fieldNames().forEachRemaining(name -> {
            if (!expected.has(name) && found.size() < 10) {
                found.add(at + "/" + name.replace("~", "~0").replace("/", "~1") + " (new)");
            }
        });
    }
}
