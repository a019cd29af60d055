package io.bastion.plan.api;

import io.bastion.devstack.infra.OpenApiContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** plan-service's OpenAPI document keeps the contract every service keeps, with this service's own examples. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(List.of("/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/plans/{id}/submission", "/api/v1/plans/{id}/findings",
                "/api/v1/plans/{id}/evaluations", "/api/v1/plans/{id}/audits", "/api/v1/plans/{id}/submissions/{number}/diff",
                "/api/v1/plans/{id}/measures/{key}/progress", "/api/v1/measures", "/api/v1/cases", "/api/v1/audit"));
    }

    @Test
    void writesShowThisServicesTypicalConflictAndRejection() {
        JsonPath openapi = document();
        String post = "paths.'/api/v1/plans'.post.responses.";
        assertEquals("https://bastion.example/problems/plan-exists", openapi.getString(post + "'409'.content.'application/problem+json'.example.type"));
        assertEquals("案件已有方案", openapi.getString(post + "'409'.content.'application/problem+json'.example.title"));
        assertEquals("category-of-case", openapi.getString(post + "'422'.content.'application/problem+json'.example.errors[0].rule"));
    }
}
