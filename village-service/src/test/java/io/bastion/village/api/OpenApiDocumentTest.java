package io.bastion.village.api;

import io.bastion.devstack.infra.OpenApiContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** village-service's OpenAPI document keeps the contract every service keeps. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(List.of("/api/v1/villages", "/api/v1/villages/{code}", "/api/v1/villages/changes",
                "/api/v1/divisions", "/api/v1/divisions/{code}", "/api/v1/audit"));
    }

    @Test
    void theVillageSchemaIsDescribed() {
        JsonPath openapi = document();
        assertFalse(openapi.getList("components.schemas.Village.required", String.class) == null
                && openapi.getMap("components.schemas.Village.properties").isEmpty());
    }
}
