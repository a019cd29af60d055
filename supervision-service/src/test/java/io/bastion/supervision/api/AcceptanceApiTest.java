package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.as;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.moved;
import static io.bastion.supervision.Callers.rectifying;
import static io.bastion.supervision.Callers.township;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acceptance failed then passed, write-off, and a relapse found at the follow-up visit; every event read back from the broker. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AcceptanceApiTest {

    private static String assessment(int team, int rules, int disclosure, int problems, int development, int partyDissatisfied,
                                     int representativesDissatisfied, String newDeadline) {
        return "{\"scores\":[{\"item\":\"TEAM\",\"score\":" + team + "},{\"item\":\"RULES\",\"score\":" + rules + "},"
                + "{\"item\":\"DISCLOSURE\",\"score\":" + disclosure + "},{\"item\":\"PROBLEMS\",\"score\":" + problems + "},"
                + "{\"item\":\"DEVELOPMENT\",\"score\":" + development + "}],\"partyMembers\":{\"respondents\":20,\"dissatisfied\":"
                + partyDissatisfied + "},\"representatives\":{\"respondents\":20,\"dissatisfied\":" + representativesDissatisfied + "}"
                + (newDeadline == null ? "" : ",\"newDeadline\":\"" + newDeadline + "\"") + ",\"note\":\"实地查看\"}";
    }

    @Test
    void failedThenPassedWrittenOffAndARelapseFound() {
        String village = "410423203501";
        String caseId = rectifying(village);

        Response requested = township().body("{\"caseId\":\"" + caseId + "\",\"note\":\"整改任务已完成\"}").post("/api/v1/acceptances");
        requested.then().statusCode(201).body("status", equalTo("REQUESTED")).body("round", equalTo(1));
        String first = requested.path("id");
        township().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/acceptance-open"));

        // Only inspectors and the county score; a township may not.
        township().header("If-Match", requested.header("ETag")).body(assessment(30, 20, 20, 20, 10, 0, 0, null))
                .post("/api/v1/acceptances/" + first + "/assessment").then().statusCode(403);
        // 69 points: failed, and a failure needs a new deadline.
        inspector().header("If-Match", requested.header("ETag")).body(assessment(25, 15, 15, 10, 4, 2, 2, null))
                .post("/api/v1/acceptances/" + first + "/assessment").then().statusCode(422)
                .body("errors[0].rule", equalTo("required-when-failed"));
        // Rectified again within a year: a later deadline is a typing error.
        inspector().header("If-Match", requested.header("ETag")).body(assessment(25, 15, 15, 10, 4, 2, 2,
                        Now.today().plusYears(1).plusDays(2).toString()))
                .post("/api/v1/acceptances/" + first + "/assessment").then().statusCode(422)
                .body("errors[0].field", equalTo("newDeadline")).body("errors[0].rule", equalTo("within-a-year"));
        String newDeadline = Now.today().plusMonths(3).toString();
        inspector().header("If-Match", requested.header("ETag")).body(assessment(25, 15, 15, 10, 4, 2, 2, newDeadline))
                .post("/api/v1/acceptances/" + first + "/assessment").then().statusCode(200).body("status", equalTo("FAILED"))
                .body("score", equalTo(69)).body("newDeadline", equalTo(newDeadline));
        moved(caseId, village, "RECTIFYING", "ACCEPTANCE", null, 3);
        moved(caseId, village, "ACCEPTANCE", "RECTIFYING", newDeadline, 4);

        // Second round: 90 points but more than half dissatisfied fails it all the same; then a pass.
        Response second = township().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances");
        second.then().statusCode(201).body("round", equalTo(2));
        inspector().header("If-Match", second.header("ETag")).body(assessment(30, 20, 20, 15, 5, 11, 10, null))
                .post("/api/v1/acceptances/" + second.path("id") + "/assessment").then().statusCode(422)
                .body("errors[0].rule", equalTo("required-when-failed"));
        Response passed = inspector().header("If-Match", second.header("ETag")).body(assessment(30, 20, 20, 15, 5, 10, 10, null))
                .post("/api/v1/acceptances/" + second.path("id") + "/assessment");
        passed.then().statusCode(200).body("status", equalTo("PASSED")).body("score", equalTo(90));
        inspector().header("If-Match", passed.header("ETag")).body(assessment(30, 20, 20, 15, 5, 0, 0, null))
                .post("/api/v1/acceptances/" + second.path("id") + "/assessment").then().statusCode(409);

        // Written off only once consolidating; then a follow-up visit is due.
        countyAdmin().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/write-offs").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/not-consolidating"));
        moved(caseId, village, "RECTIFYING", "ACCEPTANCE", null, 5);
        moved(caseId, village, "ACCEPTANCE", "CONSOLIDATING", null, 6);
        inspector().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/write-offs").then().statusCode(403);
        Response written = countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"note\":\"巩固期满，盘点销号\"}").post("/api/v1/write-offs");
        written.then().statusCode(201).body("status", equalTo("SCHEDULED"));
        String followUp = written.path("id");
        moved(caseId, village, "CONSOLIDATING", "WRITTEN_OFF", null, 7);

        inspector().header("If-Match", written.header("ETag")).body("{\"visitedOn\":\"" + Now.today().minusDays(1)
                + "\",\"relapsed\":true,\"basis\":\"班子再度不团结\"}").post("/api/v1/follow-ups/" + followUp + "/result").then()
                .statusCode(422).body("errors[0].rule", equalTo("required-when-relapsed"));
        inspector().header("If-Match", written.header("ETag")).body("{\"visitedOn\":\"" + Now.today().minusDays(1)
                + "\",\"relapsed\":true,\"categories\":[\"TEAM_DISUNITED\"],\"basis\":\"班子再度不团结\"}")
                .post("/api/v1/follow-ups/" + followUp + "/result").then().statusCode(200).body("relapsed", equalTo(true));

        countyAdmin().get("/api/v1/cases/" + caseId).then().statusCode(200).body("acceptances.status", contains("FAILED", "PASSED"))
                .body("followUps[0].status", equalTo("DONE"));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.supervision", r -> village.equals(r.key()), 6);
        assertEquals(List.of("acceptance-requested", "acceptance-failed", "acceptance-requested", "acceptance-passed", "case-written-off",
                        "relapse-found"),
                events.stream().map(r -> CloudEvents.header(r, "ce_type").replaceAll("bastion\\.supervision\\.(.*)\\.v1", "$1")).toList()
                        .subList(0, 6), "one event per change, none for refused requests");
        assertEquals(6, events.size());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
            assertEquals("/bastion/supervision-service", CloudEvents.header(event, "ce_source"));
        }
        assertEquals(newDeadline, new JsonPath(events.get(1).value()).getString("newDeadline"));
        assertEquals(List.of("TEAM_DISUNITED"), new JsonPath(events.get(5).value()).getList("categories"));
    }

    @Test
    void onlyARectifyingCaseOfOnesOwnTownshipAsksForAcceptance() {
        String caseId = rectifying("410423204501");
        // Another township's case is, to a township operator, not there.
        township().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances").then().statusCode(404);
        as("township-operator", "410423204").body("{}").post("/api/v1/acceptances").then().statusCode(422);
        as("city-viewer", "4104").get("/api/v1/acceptances").then().statusCode(200);
        as("city-viewer", "4104").body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances").then().statusCode(403);
        countyAdmin().body("{\"caseId\":\"" + java.util.UUID.randomUUID() + "\"}").post("/api/v1/acceptances").then().statusCode(404)
                .body("detail", containsString("案件"));
    }

    @Test
    void theChecklistsWeightsTotalOneHundred() {
        countyAdmin().get("/api/v1/acceptance-checklist").then().statusCode(200).body("items.code",
                contains("TEAM", "RULES", "DISCLOSURE", "PROBLEMS", "DEVELOPMENT"));
        countyAdmin().body("{\"items\":[{\"code\":\"TEAM\",\"title\":\"班子\",\"weight\":60},{\"code\":\"RULES\",\"title\":\"制度\",\"weight\":30}]}")
                .put("/api/v1/acceptance-checklist").then().statusCode(422).body("errors[0].rule", equalTo("weights-total-100"));
        inspector().body("{\"items\":[]}").put("/api/v1/acceptance-checklist").then().statusCode(403);
        countyAdmin().get("/api/v1/acceptance-checklist").then().body("items.weight", contains(30, 20, 20, 20, 10));
    }
}
