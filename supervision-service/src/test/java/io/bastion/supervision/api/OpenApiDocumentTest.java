package io.bastion.supervision.api;

import io.bastion.devstack.infra.OpenApiContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

/** supervision-service's OpenAPI document keeps the contract every service keeps. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(List.of("/api/v1/acceptances", "/api/v1/acceptances/{id}/assessment", "/api/v1/acceptance-checklist",
                "/api/v1/write-offs", "/api/v1/follow-ups/{id}/result", "/api/v1/cases/{id}", "/api/v1/weekly-reports", "/api/v1/weekly-reports/compliance",
                "/api/v1/inspections", "/api/v1/inspection-findings/{id}/verification", "/api/v1/interviews/proposals",
                "/api/v1/accountability", "/api/v1/notifications", "/api/v1/notifications/stream", "/api/v1/dashboard", "/api/v1/audit",
                "/api/v1/statistics", "/api/v1/statistics/{figure}/records", "/api/v1/stage-report", "/api/v1/bulletins",
                "/api/v1/bulletins/{id}", "/api/v1/bulletins/{id}/publication"));
    }
}
