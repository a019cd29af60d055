package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.bastion.supervision.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.rectifying;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Overdue measures reported by plan-service propose an interview; it is recorded, followed up, and accountability follows. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class InterviewApiTest {

    // A township of its own, so the proposals here come only from this test's data.
    private static final String TOWNSHIP = "410423207";

    private static String overdueMeasure(String caseId, String village, String measureId, int version) {
        return "{\"measureId\":\"" + measureId + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"caseId\":\"" + caseId + "\","
                + "\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + TOWNSHIP + "\",\"campaignYear\":2026,\"key\":\"M1\","
                + "\"problemKey\":\"P1\",\"remedy\":\"WEAKNESS\",\"deadline\":\"" + Now.today().minusDays(5) + "\",\"status\":\"OPEN\","
                + "\"progress\":40,\"daysOverdue\":5,\"version\":" + version + "}";
    }

    private static void awaitProposal(String township, boolean present) {
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (Instant.now().isBefore(deadline)) {
            List<String> proposed = countyAdmin().get("/api/v1/interviews/proposals").jsonPath().getList("townshipCode");
            now = proposed;
            if (proposed.contains(township) == present) {
                return;
            }
        }
        throw new AssertionError("proposals are " + now + "; " + township + " present: " + !present);
    }

    @Test
    void slowProgressProposesAnInterviewWhichIsHeldFollowedUpAndAccountedFor() {
        String village = TOWNSHIP + "201";
        String caseId = rectifying(village);
        String[] measures = {UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        for (int i = 0; i < 2; i++) {
            String data = overdueMeasure(caseId, village, measures[i], 3);
            assertEquals(List.of(), SCHEMAS.problems("bastion.plan.measure-overdue.v1", data));
            CloudEvents.publish("bastion.plan", "bastion.plan.measure-overdue.v1", village, data);
        }
        // Two overdue measures stay under the threshold of three.
        String last = overdueMeasure(caseId, village, measures[2], 3);
        CloudEvents.publish("bastion.plan", "bastion.plan.measure-overdue.v1", village, last);
        awaitProposal(TOWNSHIP, true);
        countyAdmin().get("/api/v1/interviews/proposals").then()
                .body("find { it.townshipCode == '" + TOWNSHIP + "' }.grounds[0].rule", equalTo("OVERDUE_MEASURES"))
                .body("find { it.townshipCode == '" + TOWNSHIP + "' }.grounds[0].count", equalTo(3));
        // One measure completed: back under the threshold.
        CloudEvents.publish("bastion.plan", "bastion.plan.measure-updated.v1", village, last.replace("\"status\":\"OPEN\"", "\"status\":\"COMPLETED\"")
                .replace(",\"daysOverdue\":5", "").replace("\"progress\":40", "\"progress\":100"));
        awaitProposal(TOWNSHIP, false);

        String interview = "{\"townshipCode\":\"" + TOWNSHIP + "\",\"interviewedOn\":\"" + Now.today() + "\","
                + "\"interviewers\":[\"县委组织部部长\"],\"interviewees\":[{\"name\":\"周明\",\"post\":\"乡党委书记\"}],"
                + "\"grounds\":[\"OVERDUE_MEASURES\"],\"issues\":\"三项整改措施逾期\",\"commitments\":\"两周内完成\","
                + "\"followUpBy\":\"" + Now.today().plusDays(14) + "\"}";
        inspector().body(interview).post("/api/v1/interviews").then().statusCode(403);
        // Grounds are codes, each once: words go in the issues.
        countyAdmin().body(interview.replace("[\"OVERDUE_MEASURES\"]", "[\"措施逾期\",\"OVERDUE_MEASURES\",\"OVERDUE_MEASURES\"]"))
                .post("/api/v1/interviews").then().statusCode(422).body("errors.field", contains("grounds[0]", "grounds[2]"))
                .body("errors.rule", contains("one-of", "duplicate"));
        countyAdmin().body(interview.replace("\"followUpBy\":\"" + Now.today().plusDays(14), "\"followUpBy\":\"" + Now.today()))
                .post("/api/v1/interviews").then().statusCode(422).body("errors[0].rule", equalTo("after-interview"));
        Response held = countyAdmin().body(interview).post("/api/v1/interviews");
        held.then().statusCode(201).body("interviewees[0].post", equalTo("乡党委书记"));
        String path = "/api/v1/interviews/" + held.path("id");
        countyAdmin().header("If-Match", held.header("ETag")).body("{\"followedUpOn\":\"" + Now.today() + "\",\"kept\":false,"
                + "\"note\":\"仍有一项未完成\"}").post(path + "/follow-up").then().statusCode(200).body("kept", equalTo(false));
        countyAdmin().header("If-Match", "\"1\"").body("{\"followedUpOn\":\"" + Now.today() + "\",\"kept\":true,\"note\":\"x\"}")
                .post(path + "/follow-up").then().statusCode(409);

        countyAdmin().body("{\"townshipCode\":\"" + TOWNSHIP + "\",\"failedTask\":\"整改措施逾期未完成\",\"ground\":\"INTERVIEW_NOT_KEPT\","
                        + "\"reference\":\"" + held.path("id") + "\",\"persons\":[{\"name\":\"周明\",\"post\":\"乡党委书记\",\"unit\":\"乡党委\","
                        + "\"sanction\":\"诫勉谈话\"}],\"decidedOn\":\"" + Now.today() + "\",\"decidedBy\":\"县纪委\"}")
                .post("/api/v1/accountability").then().statusCode(201).body("persons[0].sanction", equalTo("诫勉谈话"));
        countyAdmin().body("{\"townshipCode\":\"" + TOWNSHIP + "\",\"ground\":\"BAD_LUCK\",\"persons\":[]}").post("/api/v1/accountability")
                .then().statusCode(422);
        Callers.township().get("/api/v1/accountability").then().statusCode(200).body("items", equalTo(List.of()));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.supervision", r -> TOWNSHIP.equals(r.key()), 2);
        assertEquals(List.of("bastion.supervision.interview-held.v1", "bastion.supervision.accountability-recorded.v1"),
                events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
            assertEquals(false, Objects.requireNonNull(event.value()).contains("周明"), "no names in events");
        }

        // A ground that rests on a record names one of this township: not nothing, not an unknown id, not a kept interview.
        String accountable = "{\"townshipCode\":\"" + TOWNSHIP + "\",\"failedTask\":\"x\",\"ground\":\"%s\",%s\"persons\":[{\"name\":\"周明\","
                + "\"post\":\"乡党委书记\",\"sanction\":\"诫勉谈话\"}],\"decidedOn\":\"" + Now.today() + "\",\"decidedBy\":\"县纪委\"}";
        countyAdmin().body(String.format(accountable, "INTERVIEW_NOT_KEPT", "")).post("/api/v1/accountability").then().statusCode(422)
                .body("errors[0].field", equalTo("reference")).body("errors[0].rule", equalTo("required-for-ground"));
        for (String ground : List.of("INTERVIEW_NOT_KEPT", "FAILED_ACCEPTANCE", "INSPECTION_FINDING", "OVERDUE_MEASURES")) {
            countyAdmin().body(String.format(accountable, ground, "\"reference\":\"" + UUID.randomUUID() + "\","))
                    .post("/api/v1/accountability").then().statusCode(422).body("errors[0].rule", equalTo("record-of-ground"));
        }
        countyAdmin().body(String.format(accountable, "FAILED_ACCEPTANCE", "\"reference\":\"" + held.path("id") + "\","))
                .post("/api/v1/accountability").then().statusCode(422).body("errors[0].rule", equalTo("record-of-ground"));
        countyAdmin().body(String.format(accountable, "OVERDUE_MEASURES", "\"reference\":\"" + measures[0] + "\","))
                .post("/api/v1/accountability").then().statusCode(201);
    }
}
