package io.bastion.plan.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.bastion.plan.Callers.as;
import static io.bastion.plan.Callers.countyAdmin;
import static io.bastion.plan.Callers.identify;
import static io.bastion.plan.Callers.township;
import static io.bastion.plan.PlanBodies.evaluation;
import static io.bastion.plan.PlanBodies.judgements;
import static io.bastion.plan.PlanBodies.measure;
import static io.bastion.plan.PlanBodies.plan;
import static io.bastion.plan.PlanBodies.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Who may see and do what with plans, and bad input answered with a problem that changes nothing. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PlanAccessTest {

    private static final String OTHER = "410423204";
    private static final String RETURN = "{\"decision\":\"RETURN\",\"judgements\":" + judgements(false, true, true)
            + ",\"reasons\":[\"问题不准\"]}";
    private static String caseId;
    private static String planId;
    private static String etag;

    /** One plan, drafted once, that no test here changes. */
    @BeforeEach
    void draftOnce() {
        if (planId == null) {
            caseId = identify("410423203321", "TEAM_INCOMPLETE");
            Response drafted = township().body(plan(caseId, problem("P1", "TEAM_INCOMPLETE"), measure("M1", "P1"))).post("/api/v1/plans");
            drafted.then().statusCode(201);
            planId = drafted.path("id");
            etag = drafted.header("ETag");
        }
    }

    @Test
    void aTownshipOperatorSeesAndEditsOnlyItsTownshipsPlans() {
        // Another township's plan is, to a township operator, not there: neither readable nor writable.
        as("township-operator", OTHER).get("/api/v1/plans/" + planId).then().statusCode(404)
                .body("type", equalTo("https://bastion.example/problems/not-found"));
        as("township-operator", OTHER).header("If-Match", etag).body("{\"goals\":\"越权\"}").patch("/api/v1/plans/" + planId)
                .then().statusCode(404);
        as("township-operator", OTHER).get("/api/v1/plans").then().statusCode(200)
                .body("items.villageCode", everyItem(startsWith(OTHER)));
        as("township-operator", OTHER).get("/api/v1/cases").then().body("items.caseId", not(hasItem(caseId)));
        as("township-operator", OTHER).body(plan(caseId, problem("P1", "TEAM_INCOMPLETE"), "")).post("/api/v1/plans")
                .then().statusCode(404);
        township().get("/api/v1/plans").then().body("items.id", hasItem(planId));
        countyAdmin().get("/api/v1/plans/" + planId).then().statusCode(200);
    }

    @Test
    void onlyTheCountyEvaluatesAndAuditsReadersOnlyRead() {
        for (String role : new String[]{"township-operator", "inspector", "city-viewer"}) {
            String division = role.equals("township-operator") ? "410423203" : "410423";
            as(role, division).header("If-Match", etag).body(evaluation()).post("/api/v1/plans/" + planId + "/evaluations")
                    .then().statusCode(403).body("type", equalTo("https://bastion.example/problems/forbidden"));
            as(role, division).header("If-Match", etag).body(RETURN).post("/api/v1/plans/" + planId + "/audits")
                    .then().statusCode(403);
        }
        as("inspector", "410423").get("/api/v1/plans/" + planId).then().statusCode(200);
        as("city-viewer", "4104").get("/api/v1/plans/" + planId + "/findings").then().statusCode(200);
        as("inspector", "410423").header("If-Match", etag).body("{\"goals\":\"改\"}").patch("/api/v1/plans/" + planId).then().statusCode(403);
        as("county-leader", "410423").get("/api/v1/plans/" + planId).then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/v1/plans/" + planId).then().statusCode(401)
                .body("type", equalTo("https://bastion.example/problems/unauthorized"));
    }

    @Test
    void aCountyLeaderReadsThePlansOfItsPairedVillagesOnly() {
        String leader = "county-leader@410423";
        as("county-leader", "410423").get("/api/v1/plans").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        String pairing = java.util.UUID.randomUUID().toString();
        io.bastion.devstack.infra.CloudEvents.publish("bastion.assistance", "bastion.assistance.pairing-created.v1", "410423203321",
                "{\"pairingId\":\"" + pairing + "\",\"caseId\":\"" + caseId + "\",\"villageCode\":\"410423203321\","
                        + "\"form\":\"COUNTY_LEADER_CONTACT\",\"partnerAccount\":\"" + leader + "\"}");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (as("county-leader", "410423").get("/api/v1/plans/" + planId).statusCode() != 200) {
            org.junit.jupiter.api.Assertions.assertTrue(java.time.Instant.now().isBefore(deadline), "the pairing never reached plan-service");
        }
        as("county-leader", "410423").get("/api/v1/plans").then().statusCode(200).body("items.id", contains(planId));
        as("county-leader", "410423").get("/api/v1/plans/" + planId + "/findings").then().statusCode(200);
        as("county-leader", "410423").header("If-Match", etag).body("{\"goals\":\"改\"}").patch("/api/v1/plans/" + planId)
                .then().statusCode(403).body("type", equalTo("https://bastion.example/problems/forbidden"));
        as("department", "410423").get("/api/v1/plans/" + planId).then().statusCode(404);
        io.bastion.devstack.infra.CloudEvents.publish("bastion.assistance", "bastion.assistance.pairing-ended.v1", "410423203321",
                "{\"pairingId\":\"" + pairing + "\",\"villageCode\":\"410423203321\"}");
        deadline = java.time.Instant.now().plusSeconds(30);
        while (as("county-leader", "410423").get("/api/v1/plans/" + planId).statusCode() != 404) {
            org.junit.jupiter.api.Assertions.assertTrue(java.time.Instant.now().isBefore(deadline), "the end never reached plan-service");
        }
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        township().header("If-Match", etag).body("{\"problems\":[{\"key\":\"P1\",\"category\":\"NO_VENUE\",\"description\":\"x\"}]}")
                .patch("/api/v1/plans/" + planId).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://bastion.example/problems/invalid-plan"))
                .body("errors[0].field", equalTo("problems[0].category")).body("errors[0].rule", equalTo("category-of-case"))
                .body("errors[0].message", containsString("NO_VENUE"));
        township().header("If-Match", etag).body("{\"goals\":").patch("/api/v1/plans/" + planId).then().statusCode(400)
                .body("type", equalTo("https://bastion.example/problems/malformed-request"));
        township().header("If-Match", etag).body("{\"colour\":\"red\"}").patch("/api/v1/plans/" + planId).then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-field"));
        township().header("If-Match", etag).body("{\"representativesMeeting\":{\"date\":\"2026-13-01\"}}").patch("/api/v1/plans/" + planId)
                .then().statusCode(400).body("errors[0].field", equalTo("representativesMeeting.date"));
        township().body("{\"goals\":\"无版本\"}").patch("/api/v1/plans/" + planId).then().statusCode(428);
        township().header("If-Match", "\"99\"").body("{\"goals\":\"过期\"}").patch("/api/v1/plans/" + planId).then().statusCode(412)
                .body("type", equalTo("https://bastion.example/problems/version-mismatch"));
        township().header("If-Match", etag).body("{\"caseId\":\"" + java.util.UUID.randomUUID() + "\"}").patch("/api/v1/plans/" + planId)
                .then().statusCode(422).body("errors[0].rule", equalTo("immutable"));
        township().get("/api/v1/plans/" + planId).then().statusCode(200).header("ETag", equalTo(etag))
                .body("problems[0].category", equalTo("TEAM_INCOMPLETE"));
        township().header("Accept-Language", "en").header("If-Match", etag).body("{\"goals\":\" \"}").patch("/api/v1/plans/" + planId)
                .then().statusCode(422).header("Content-Language", "en").body("title", equalTo("Invalid plan"));
        township().get("/api/v1/plans/not-a-uuid").then().statusCode(404);
        township().get("/api/v1/plans/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("方案"));
        countyAdmin().queryParam("stage", "SOMEWHERE").get("/api/v1/plans").then().statusCode(400);
        countyAdmin().queryParam("cursor", "bm90IG91cnM").get("/api/v1/plans").then().statusCode(400);
        countyAdmin().queryParam("dueWithin", "-1").get("/api/v1/measures").then().statusCode(400)
                .body("errors[0].field", equalTo("dueWithin"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        Response same = township().header("If-Match", etag).body("{\"goals\":\"  一年内配齐配强班子，规范村务公开  \"}")
                .patch("/api/v1/plans/" + planId);
        same.then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void aSecondPlanForTheCaseIsAConflictAndARetriedDraftIsReplayed() {
        township().body(plan(caseId, problem("P1", "TEAM_INCOMPLETE"), "")).post("/api/v1/plans").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/plan-exists")).body("detail", containsString(planId));
        String other = identify("410423203322", "TEAM_INCOMPLETE");
        String body = plan(other, problem("P1", "TEAM_INCOMPLETE"), measure("M1", "P1"));
        Response first = township().header("Idempotency-Key", "draft-322").body(body).post("/api/v1/plans");
        first.then().statusCode(201);
        township().header("Idempotency-Key", "draft-322").body(body).post("/api/v1/plans").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        township().header("Idempotency-Key", "draft-322").body(body.replace("一年内", "两年内")).post("/api/v1/plans").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/idempotency-key-reused"));
        township().body("{\"caseId\":\"" + java.util.UUID.randomUUID() + "\",\"goals\":\"x\"}").post("/api/v1/plans").then().statusCode(404);
        township().body("{\"goals\":\"x\"}").post("/api/v1/plans").then().statusCode(422).body("errors[0].field", equalTo("caseId"));
        countyAdmin().queryParam("withoutPlan", "true").get("/api/v1/cases").then().body("items.caseId", not(hasItem(other)));
    }

    @Test
    void everyWriteIsAudited() {
        countyAdmin().queryParam("targetType", "plan").queryParam("targetKey", planId).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("plan.draft")).body("items[0].actor", equalTo("township-operator@410423203"));
        township().get("/api/v1/audit").then().statusCode(403);
    }
}
