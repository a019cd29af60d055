package io.bastion.assistance.api;

import io.bastion.devstack.infra.OpenApiContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

/** assistance-service's OpenAPI document keeps the contract every service keeps. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(List.of("/api/v1/leaders", "/api/v1/units", "/api/v1/units/{id}/envoys", "/api/v1/pairings", "/api/v1/pairings/{id}/end",
                "/api/v1/pairings/{id}/handover", "/api/v1/cases", "/api/v1/help", "/api/v1/help/totals",
                "/api/v1/appraisal/units/{id}", "/api/v1/appraisal/units-behind", "/api/v1/audit"));
    }
}
