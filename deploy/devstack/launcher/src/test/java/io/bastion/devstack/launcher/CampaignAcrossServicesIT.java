package io.bastion.devstack.launcher;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The four services together, from their built jars, through their public APIs only: a case
 * identified in village-service gets its plan in plan-service, whose approval moves the case;
 * assistance-service pairs it with a county leader, who may then read the village; supervision's
 * acceptance fails, then passes, which transforms the case, and only then may the leader be
 * unpaired; the case is written off, and a relapse found at the follow-up visit opens a new case
 * linked to it.
 */
class CaseAcrossServicesIT {

    private static final String VILLAGE = "410423203201";

    @TempDir
    Path work;

    private int offset;
    private String admin;
    private String township;

    private RequestSpecification village(String token) {
        return RestAssured.given().baseUri("http://localhost").port(8081 + offset).auth().oauth2(token).contentType("application/json");
    }

    private RequestSpecification assistance(String token) {
        return RestAssured.given().baseUri("http://localhost").port(8083 + offset).auth().oauth2(token).contentType("application/json");
    }

    private RequestSpecification supervision(String token) {
        return RestAssured.given().baseUri("http://localhost").port(8084 + offset).auth().oauth2(token).contentType("application/json");
    }

    private RequestSpecification plan(String token) {
        return RestAssured.given().baseUri("http://localhost").port(8082 + offset).auth().oauth2(token).contentType("application/json");
    }

    /** Polls a read until a field has the value: the services meet only through Kafka. */
    private static void await(RequestSpecification request, String path, String field, Object value) {
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (Instant.now().isBefore(deadline)) {
            Response response = request.get(path);
            now = response.statusCode() == 200 || String.valueOf(response.contentType()).contains("json")
                    ? response.path(field) : "HTTP " + response.statusCode();
            if (Objects.equals(value, now)) {
                return;
            }
        }
        throw new AssertionError(path + " " + field + " is " + now + ", not " + value + " after 30 s");
    }

    @Test
    void aCaseIsPlannedMovedPairedAndReleasedAcrossTheServices() throws Exception {
        offset = LauncherRun.freePortOffset();
        // The consolidation period before a write-off is half a year; here it is over at once.
        try (LauncherRun stack = LauncherRun.start(work, Map.of("BASTION_CONSOLIDATION_PERIOD", "P0D"),
                "--data-dir", work.resolve("data").toString(), "--port-offset", Integer.toString(offset))) {
            stack.awaitUp(Duration.ofMinutes(3));
            admin = stack.token("COUNTY_ADMIN");
            township = stack.token("TOWNSHIP_OPERATOR");

            for (String[] division : new String[][]{{"410423000000", "鲁山县"}, {"410423203000", "熊背乡"}}) {
                village(admin).body(Map.of("code", division[0], "name", division[1])).post("/api/v1/divisions").then().statusCode(201);
            }
            village(admin).body(Map.of("code", VILLAGE, "name", "大年沟村", "urbanRuralClass", "220", "households", 512,
                    "population", 2046, "partyMembers", 47, "partyOrganizationForm", "BRANCH")).post("/api/v1/villages").then().statusCode(201);
            String caseId = village(township).body(Map.of("villageCode", VILLAGE, "campaignYear", 2026,
                            "categories", List.of("TEAM_INCOMPLETE", "DISCLOSURE_CHAOS"), "basis", "书记长期缺职，村务公开不及时",
                            "source", "SCREENING", "grade", "CITY_B"))
                    .post("/api/v1/cases").then().statusCode(201).extract().path("id");

            await(plan(township), "/api/v1/cases/" + caseId, "villageName", "大年沟村");
            String deadline = LocalDate.now().plusMonths(6).toString();
            Response drafted = plan(township).body("{\"caseId\":\"" + caseId + "\",\"goals\":\"一年内配齐班子\",\"problems\":["
                    + "{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职两年\"}],"
                    + "\"measures\":[{\"key\":\"M1\",\"problem\":\"P1\",\"action\":\"选派第一书记\",\"remedy\":\"WEAKNESS\","
                    + "\"responsiblePerson\":\"王军\",\"deadline\":\"" + deadline + "\"}],"
                    + "\"committeeMeeting\":{\"date\":\"2026-11-02\",\"attendees\":[\"张书记\",\"李镇长\"],\"decision\":\"ADOPTED\"},"
                    + "\"representativesMeeting\":{\"date\":\"2026-11-05\",\"representativesTotal\":30,\"present\":24,"
                    + "\"inFavour\":20,\"against\":2,\"abstain\":2}}").post("/api/v1/plans");
            drafted.then().statusCode(201);
            String planId = drafted.path("id");
            await(village(admin), "/api/v1/cases/" + caseId, "status", "PLANNING");

            String plans = "/api/v1/plans/" + planId;
            Response submitted = plan(township).header("If-Match", drafted.header("ETag")).post(plans + "/submission");
            submitted.then().statusCode(200);
            Response evaluated = plan(admin).header("If-Match", submitted.header("ETag")).body("{\"feasibility\":\"可行\","
                    + "\"expectedEffect\":\"可望转化\",\"suggestions\":[{\"remedy\":\"WEAKNESS\",\"suggestion\":\"选好书记\"}]}")
                    .post(plans + "/evaluations");
            evaluated.then().statusCode(200);
            String judged = "[{\"rule\":\"PROBLEMS_ACCURATE\",\"passed\":%s},{\"rule\":\"MEASURES_ACTIONABLE\",\"passed\":true},"
                    + "{\"rule\":\"OWNER_AND_DEADLINE\",\"passed\":true}]";
            Response returned = plan(admin).header("If-Match", evaluated.header("ETag")).body("{\"decision\":\"RETURN\",\"judgements\":"
                    + judged.formatted(false) + ",\"reasons\":[\"村务公开问题未列入\"]}").post(plans + "/audits");
            returned.then().statusCode(200).body("returns", equalTo(1));
            Response revised = plan(township).header("If-Match", returned.header("ETag")).body("{\"problems\":["
                    + "{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职两年\"},"
                    + "{\"key\":\"P2\",\"category\":\"DISCLOSURE_CHAOS\",\"description\":\"村务半年未公开\"}],\"measures\":["
                    + "{\"key\":\"M1\",\"problem\":\"P1\",\"action\":\"选派第一书记\",\"remedy\":\"WEAKNESS\",\"responsiblePerson\":\"王军\",\"deadline\":\"" + deadline + "\"},"
                    + "{\"key\":\"M2\",\"problem\":\"P2\",\"action\":\"每月公开村务\",\"remedy\":\"LAXITY\",\"responsiblePerson\":\"赵敏\",\"deadline\":\"" + deadline + "\"}]}")
                    .patch(plans);
            revised.then().statusCode(200);
            Response resubmitted = plan(township).header("If-Match", revised.header("ETag")).post(plans + "/submission");
            resubmitted.then().statusCode(200);
            assertEquals("PLANNING", village(admin).get("/api/v1/cases/" + caseId).path("status"), "a return does not move the case");
            plan(admin).header("If-Match", resubmitted.header("ETag")).body("{\"decision\":\"APPROVE\",\"judgements\":"
                    + judged.formatted(true) + "}").post(plans + "/audits").then().statusCode(200).body("stage", equalTo("APPROVED"));

            await(village(admin), "/api/v1/cases/" + caseId, "status", "RECTIFYING");
            List<Map<String, Object>> history = village(admin).get("/api/v1/cases/" + caseId + "/transitions").jsonPath().getList("$");
            assertEquals(List.of("IDENTIFIED", "PLANNING", "RECTIFYING"), history.stream().map(t -> t.get("to")).toList());
            assertEquals("bastion.plan.approved.v1", history.get(2).get("triggerEventType"));
            assertEquals("/bastion/plan-service", history.get(2).get("actor"));
            // And back: plan-service's projection follows the case village-service moved.
            await(plan(admin), "/api/v1/cases/" + caseId, "status", "RECTIFYING");

            pairAndRelease(stack, caseId);
            writeOffAndRelapse(caseId);
            stack.stop(Duration.ofSeconds(15));
        }
    }

    /** The leader the launcher printed a token for is paired, reads the village, and is released only after transformation. */
    private void pairAndRelease(LauncherRun stack, String caseId) throws Exception {
        String leader = stack.token("COUNTY_LEADER");
        await(assistance(admin), "/api/v1/cases/" + caseId, "coverage.status", "RECTIFYING");
        village(leader).get("/api/v1/villages/" + VILLAGE).then().statusCode(403);
        String leaderId = assistance(admin).body(Map.of("account", "devstack-county-leader", "name", "王副县长", "post", "副县长"))
                .post("/api/v1/leaders").then().statusCode(201).extract().path("id");
        Response paired = assistance(admin).body(Map.of("caseId", caseId, "form", "COUNTY_LEADER_CONTACT", "leaderId", leaderId))
                .post("/api/v1/pairings");
        paired.then().statusCode(201);
        String pairing = "/api/v1/pairings/" + paired.path("id");
        await(village(leader), "/api/v1/villages/" + VILLAGE, "name", "大年沟村");

        assistance(admin).header("If-Match", paired.header("ETag")).body("{}").post(pairing + "/end").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/not-transformed"));
        String cases = "/api/v1/cases/" + caseId;
        String newDeadline = accept(caseId);
        await(assistance(admin), cases, "coverage.status", "CONSOLIDATING");
        assistance(admin).header("If-Match", paired.header("ETag")).body(Map.of("reason", "转化完成")).post(pairing + "/end").then()
                .statusCode(200).body("active", equalTo(false));
        List<Map<String, Object>> history = village(admin).get(cases + "/transitions").jsonPath().getList("$");
        assertEquals(List.of("IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING"),
                history.stream().map(t -> t.get("to")).toList());
        assertEquals(newDeadline, history.get(4).get("deadline"));
        await(village(leader), "/api/v1/villages/" + VILLAGE, "type", "https://bastion.example/problems/not-paired");
    }

    /** Supervision's acceptance fails once (a new deadline), then passes; returns the new deadline it set. */
    private String accept(String caseId) {
        String cases = "/api/v1/cases/" + caseId;
        await(supervision(admin), cases, "status", "RECTIFYING");
        Response first = supervision(township).body(Map.of("caseId", caseId)).post("/api/v1/acceptances");
        first.then().statusCode(201);
        await(village(admin), cases, "status", "ACCEPTANCE");
        String newDeadline = LocalDate.now().plusMonths(2).toString();
        supervision(admin).header("If-Match", first.header("ETag")).body(scores(false, newDeadline))
                .post("/api/v1/acceptances/" + first.path("id") + "/assessment").then().statusCode(200).body("status", equalTo("FAILED"));
        await(village(admin), cases, "status", "RECTIFYING");
        await(supervision(admin), cases, "status", "RECTIFYING");
        Response second = supervision(township).body(Map.of("caseId", caseId)).post("/api/v1/acceptances");
        second.then().statusCode(201);
        await(village(admin), cases, "status", "ACCEPTANCE");
        supervision(admin).header("If-Match", second.header("ETag")).body(scores(true, null))
                .post("/api/v1/acceptances/" + second.path("id") + "/assessment").then().statusCode(200).body("status", equalTo("PASSED"));
        await(village(admin), cases, "status", "CONSOLIDATING");
        return newDeadline;
    }

    /** 60 points (fails) or 85 (passes), with 5 of 40 surveyed dissatisfied. */
    private static String scores(boolean pass, String newDeadline) {
        int[] points = pass ? new int[]{30, 20, 15, 15, 5} : new int[]{20, 15, 10, 10, 5};
        String[] items = {"TEAM", "RULES", "DISCLOSURE", "PROBLEMS", "DEVELOPMENT"};
        StringBuilder body = new StringBuilder("{\"scores\":[");
        for (int i = 0; i < items.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"item\":\"").append(items[i]).append("\",\"score\":").append(points[i]).append('}');
        }
        body.append("],\"partyMembers\":{\"respondents\":20,\"dissatisfied\":2},\"representatives\":{\"respondents\":20,\"dissatisfied\":3}");
        return body.append(newDeadline == null ? "" : ",\"newDeadline\":\"" + newDeadline + "\"").append('}').toString();
    }

    /** Written off after its consolidation; the follow-up visit finds a relapse, and village-service opens a linked case. */
    private void writeOffAndRelapse(String caseId) {
        Response writtenOff = supervision(admin).body(Map.of("caseId", caseId, "note", "巩固期满")).post("/api/v1/write-offs");
        writtenOff.then().statusCode(201);
        await(village(admin), "/api/v1/cases/" + caseId, "status", "WRITTEN_OFF");
        supervision(admin).header("If-Match", writtenOff.header("ETag")).body(Map.of("visitedOn", LocalDate.now().toString(),
                        "relapsed", true, "categories", List.of("TEAM_DISUNITED"), "basis", "回头看发现班子不团结"))
                .post("/api/v1/follow-ups/" + writtenOff.path("id") + "/result").then().statusCode(200);
        await(village(admin), "/api/v1/cases?status=IDENTIFIED&township=410423203", "items.find { it.previousCaseId == '" + caseId
                + "' }.villageCode", VILLAGE);
    }
}
