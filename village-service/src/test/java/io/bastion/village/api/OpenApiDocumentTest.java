package io.bastion.village.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every public operation is in the OpenAPI with a summary, its answers and its problem answers. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryASuccessAndItsProblemAnswers() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> apiPaths = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/")).toList();
        assertTrue(apiPaths.containsAll(List.of("/api/v1/villages", "/api/v1/villages/{code}", "/api/v1/villages/changes",
                "/api/v1/divisions", "/api/v1/divisions/{code}", "/api/v1/audit")), apiPaths.toString());
        for (String path : apiPaths) {
            paths.get(path).forEach((method, operation) -> {
                String where = method.toUpperCase() + " " + path;
                assertNotNull(operation.get("summary"), where + " has no summary");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(s -> s.startsWith("2")), where + " documents no success");
                for (String status : List.of("400", "401", "403", "500")) {
                    assertTrue(responses.containsKey(status), where + " lacks " + status);
                    String problem = openapi.getString("paths.'" + path + "'." + method + ".responses.'" + status
                            + "'.content.'application/problem+json'.example.type");
                    assertTrue(problem != null && problem.startsWith("https://bastion.example/problems/"), where + " " + status);
                }
                if (method.equals("patch")) {
                    assertTrue(responses.keySet().containsAll(List.of("404", "412", "422", "428")), where);
                }
            });
        }
        assertEquals("object", openapi.getString("components.schemas.Problem.type"));
        assertFalse(openapi.getList("components.schemas.Village.required", String.class) == null
                && openapi.getMap("components.schemas.Village.properties").isEmpty());
    }
}
