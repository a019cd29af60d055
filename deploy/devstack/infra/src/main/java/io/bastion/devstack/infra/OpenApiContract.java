package io.bastion.devstack.infra;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

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
}
