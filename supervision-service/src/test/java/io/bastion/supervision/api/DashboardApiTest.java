package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.platform.domain.Now;
import io.bastion.supervision.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.rectifying;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard counts what happened in a township: its cases, its plan returned once, a failed acceptance, an open finding. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DashboardApiTest {

    private static final String TOWNSHIP = "410423209";

    private static RequestSpecification operator() {
        return Callers.as("township-operator", TOWNSHIP);
    }

    private static String planEvent(String caseId, String village, String stage, int returns, int version, String extra) {
        return "{\"planId\":\"" + PLAN + "\",\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\""
                + TOWNSHIP + "\",\"campaignYear\":2026,\"stage\":\"" + stage + "\",\"submissions\":1,\"returns\":" + returns
                + ",\"beyondUsualRounds\":false,\"measures\":2,\"reason\":\"测试\",\"version\":" + version + extra + "}";
    }

    private static final String PLAN = UUID.randomUUID().toString();

    @Test
    void theDashboardCountsTheRecords() {
        String rectifyingCase = rectifying(TOWNSHIP + "201");
        String identified = UUID.randomUUID().toString();
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, TOWNSHIP + "202",
                VillageEventData.caseIdentified(identified, TOWNSHIP + "202", "NO_VENUE"));
        String drafted = planEvent(identified, TOWNSHIP + "202", "DRAFTING", 0, 0, "");
        String returned = planEvent(identified, TOWNSHIP + "202", "RETURNED", 1, 3,
                ",\"round\":1,\"failedRules\":[\"PROBLEMS_ACCURATE\"],\"reasons\":[\"问题不准\"]");
        assertEquals(List.of(), SCHEMAS.problems("bastion.plan.drafted.v1", drafted));
        assertEquals(List.of(), SCHEMAS.problems("bastion.plan.returned.v1", returned));
        CloudEvents.publish("bastion.plan", "bastion.plan.returned.v1", TOWNSHIP + "202", returned);
        // A late, older event changes nothing.
        CloudEvents.publish("bastion.plan", "bastion.plan.drafted.v1", TOWNSHIP + "202", drafted);

        Response requested = countyAdmin().body("{\"caseId\":\"" + rectifyingCase + "\"}").post("/api/v1/acceptances");
        inspector().header("If-Match", requested.header("ETag")).body("{\"scores\":[{\"item\":\"TEAM\",\"score\":20},{\"item\":\"RULES\","
                + "\"score\":10},{\"item\":\"DISCLOSURE\",\"score\":10},{\"item\":\"PROBLEMS\",\"score\":10},{\"item\":\"DEVELOPMENT\",\"score\":5}],"
                + "\"partyMembers\":{\"respondents\":10,\"dissatisfied\":1},\"representatives\":{\"respondents\":10,\"dissatisfied\":1},"
                + "\"newDeadline\":\"" + Now.today().plusMonths(2) + "\"}").post("/api/v1/acceptances/" + requested.path("id") + "/assessment")
                .then().statusCode(200);
        inspector().body("{\"kind\":\"ANNOUNCED\",\"villageCode\":\"" + TOWNSHIP + "202\",\"inspectedOn\":\"" + Now.today() + "\","
                + "\"inspectors\":[\"刘洋\"],\"summary\":\"检查\",\"findings\":[{\"description\":\"无场所\",\"severity\":\"CRITICAL\","
                + "\"correctionRequired\":\"落实场所\",\"correctionDeadline\":\"" + Now.today().plusDays(30) + "\"}]}")
                .post("/api/v1/inspections").then().statusCode(201);

        JsonPath figures = awaitPlans();
        assertEquals(2, figures.getInt("cases"));
        assertEquals(Map.of("IDENTIFIED", 1, "RECTIFYING", 1), figures.getMap("casesByStatus"));
        assertEquals(Map.of("CITY_B", 2), figures.getMap("casesByGrade"));
        assertEquals(List.of(TOWNSHIP), figures.getList("townships.townshipCode"));
        assertEquals(Map.of("RETURNED", 1), figures.getMap("plansByStage"), "the older drafted event changed nothing");
        assertEquals(Map.of("1", 1), figures.getMap("plansByReturns"));
        assertEquals(0, figures.getInt("acceptancesPassed"));
        assertEquals(1, figures.getInt("acceptancesFailed"));
        assertEquals(1, figures.getInt("findingsOpen"));
        assertEquals(0, figures.getInt("findingsOverdue"));
        operator().queryParam("year", "2025").get("/api/v1/dashboard").then().statusCode(200)
                .body("cases", equalTo(0));
        operator().queryParam("year", "this").get("/api/v1/dashboard").then().statusCode(400);
    }

    /** Waits until plan-service's events have reached the dashboard. */
    private static JsonPath awaitPlans() {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath figures = null;
        while (Instant.now().isBefore(deadline)) {
            figures = operator().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
            if (Objects.equals(Map.of("RETURNED", 1), figures.getMap("plansByStage")) && figures.getInt("cases") == 2) {
                return figures;
            }
        }
        return figures;
    }
}
