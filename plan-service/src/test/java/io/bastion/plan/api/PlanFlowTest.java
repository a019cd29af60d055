package io.bastion.plan.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.plan.domain.OverdueWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.bastion.plan.Callers.SCHEMAS;
import static io.bastion.plan.Callers.countyAdmin;
import static io.bastion.plan.Callers.identify;
import static io.bastion.plan.Callers.township;
import static io.bastion.plan.PlanBodies.DEADLINE;
import static io.bastion.plan.PlanBodies.approval;
import static io.bastion.plan.PlanBodies.committee;
import static io.bastion.plan.PlanBodies.evaluation;
import static io.bastion.plan.PlanBodies.judgements;
import static io.bastion.plan.PlanBodies.measure;
import static io.bastion.plan.PlanBodies.problem;
import static io.bastion.plan.PlanBodies.representatives;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's whole life through the API: drafted, held up by its meetings, evaluated, returned twice
 * by the audit, approved, and its measures carried out, extended and found overdue; every event
 * read back from the broker.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PlanFlowTest {

    private static final String VILLAGE = "410423203301";

    @Inject
    OverdueWatch overdue;

    private static String etag(Response r) {
        return r.header("ETag");
    }

    private static Response patch(String planId, String etag, String body) {
        return township().header("If-Match", etag).body(body).patch("/api/v1/plans/" + planId);
    }

    @Test
    void draftedMeetingsEvaluatedReturnedTwiceApprovedAndCarriedOut() {
        String caseId = identify(VILLAGE, "TEAM_INCOMPLETE", "DISCLOSURE_CHAOS");

        // Drafted with one problem and a bare measure, no meetings yet.
        Response drafted = township().body("{\"caseId\":\"" + caseId + "\",\"goals\":\"配齐班子\",\"problems\":["
                        + problem("P1", "TEAM_INCOMPLETE") + "],\"measures\":[" + measure("M1", "P1", null, null, null) + "]}")
                .post("/api/v1/plans");
        drafted.then().statusCode(201).body("stage", equalTo("DRAFTING")).body("editable", equalTo(true))
                .body("townshipReview.readyToSubmit", equalTo(false)).body("villageName", equalTo("测试村301"));
        String planId = drafted.path("id");
        String etag = etag(drafted);
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("planId", equalTo(planId));

        // Step one: no submission without both meetings recorded and passed.
        township().header("If-Match", etag).post("/api/v1/plans/" + planId + "/submission").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/plan-not-submittable"))
                .body("errors.rule", contains("meeting-recorded", "meeting-recorded"));
        Response recorded = patch(planId, etag, "{\"committeeMeeting\":" + committee("ADOPTED")
                + ",\"representativesMeeting\":" + representatives(30, 19, 19) + "}");
        recorded.then().statusCode(200).body("townshipReview.committeeAdopted", equalTo(true))
                .body("townshipReview.representativesQuorate", equalTo(false));
        township().header("If-Match", etag(recorded)).post("/api/v1/plans/" + planId + "/submission").then().statusCode(422)
                .body("errors[0].field", equalTo("representativesMeeting.present")).body("errors[0].rule", equalTo("quorum"));
        Response half = patch(planId, etag(recorded), "{\"representativesMeeting\":" + representatives(30, 20, 10) + "}");
        township().header("If-Match", etag(half)).post("/api/v1/plans/" + planId + "/submission").then().statusCode(422)
                .body("errors[0].rule", equalTo("majority"));
        Response passed = patch(planId, etag(half), "{\"representativesMeeting\":" + representatives(30, 20, 11) + "}");
        passed.then().body("townshipReview.readyToSubmit", equalTo(true));
        Response submitted = township().header("If-Match", etag(passed)).post("/api/v1/plans/" + planId + "/submission");
        submitted.then().statusCode(200).body("stage", equalTo("AWAITING_EVALUATION")).body("submissions", equalTo(1))
                .body("editable", equalTo(false));
        patch(planId, etag(submitted), "{\"goals\":\"改\"}").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/plan-not-editable"));

        // Step two, at the county only.
        township().header("If-Match", etag(submitted)).body(evaluation()).post("/api/v1/plans/" + planId + "/evaluations")
                .then().statusCode(403);
        Response evaluated = countyAdmin().header("If-Match", etag(submitted)).body(evaluation())
                .post("/api/v1/plans/" + planId + "/evaluations");
        evaluated.then().statusCode(200).body("stage", equalTo("AWAITING_AUDIT"));
        countyAdmin().get("/api/v1/plans/" + planId + "/evaluations").then().body("[0].suggestions.remedy", contains("WEAKNESS", "LAXITY"));

        // Step three: the machine check finds something under every rule; approval is refused.
        countyAdmin().get("/api/v1/plans/" + planId + "/findings").then().statusCode(200).body("passed", equalTo(false))
                .body("rules.rule", contains("PROBLEMS_ACCURATE", "MEASURES_ACTIONABLE", "OWNER_AND_DEADLINE"))
                .body("rules[0].findings[0].code", equalTo("category-not-addressed"))
                .body("rules[0].findings[0].subject", equalTo("DISCLOSURE_CHAOS"))
                .body("rules[1].findings.code", contains("measure-without-remedy"))
                .body("rules[2].findings.code", contains("measure-without-owner", "measure-without-deadline"));
        countyAdmin().header("If-Match", etag(evaluated)).body(approval()).post("/api/v1/plans/" + planId + "/audits")
                .then().statusCode(422).body("type", equalTo("https://bastion.example/problems/approval-blocked"))
                .body("errors.field", contains("findings.PROBLEMS_ACCURATE", "findings.MEASURES_ACTIONABLE", "findings.OWNER_AND_DEADLINE"));

        // Round 1: returned.
        Response round1 = countyAdmin().header("If-Match", etag(evaluated)).body("{\"decision\":\"RETURN\",\"judgements\":"
                + judgements(false, false, false) + ",\"reasons\":[\"村务公开问题未列入\",\"措施无责任人和时限\"]}")
                .post("/api/v1/plans/" + planId + "/audits");
        round1.then().statusCode(200).body("stage", equalTo("RETURNED")).body("returns", equalTo(1)).body("editable", equalTo(true));

        // Revised, but one measure's deadline lies after the campaign; resubmitted straight to the audit.
        Response revised = patch(planId, etag(round1), "{\"problems\":[" + problem("P1", "TEAM_INCOMPLETE") + ","
                + problem("P2", "DISCLOSURE_CHAOS") + "],\"measures\":[" + measure("M1", "P1") + ","
                + measure("M2", "P2", "LAXITY", "赵敏", "2028-03-31") + "]}");
        revised.then().statusCode(200);
        Response resubmitted = township().header("If-Match", etag(revised)).post("/api/v1/plans/" + planId + "/submission");
        resubmitted.then().statusCode(200).body("stage", equalTo("AWAITING_AUDIT")).body("submissions", equalTo(2));

        JsonPath diff = countyAdmin().get("/api/v1/plans/" + planId + "/submissions/2/diff").then().statusCode(200).extract().jsonPath();
        assertEquals(1, diff.getInt("from"));
        assertEquals(List.of("P2:ADDED"), changes(diff, "problems"));
        assertEquals(List.of("M1:CHANGED", "M2:ADDED"), changes(diff, "measures"));
        assertEquals(List.of("remedy", "responsiblePerson", "deadline"), diff.getList("changes.measures[0].fields.field"));

        // Round 2: returned again for the deadline.
        countyAdmin().get("/api/v1/plans/" + planId + "/findings").then()
                .body("rules[2].findings.code", contains("deadline-after-campaign")).body("rules[2].findings.subject", contains("M2"));
        Response round2 = countyAdmin().header("If-Match", etag(resubmitted)).body("{\"decision\":\"RETURN\",\"judgements\":"
                + judgements(true, true, false) + ",\"reasons\":[\"M2 时限超出整顿期\"]}").post("/api/v1/plans/" + planId + "/audits");
        round2.then().statusCode(200).body("returns", equalTo(2)).body("beyondUsualRounds", equalTo(false));

        Response fixed = patch(planId, etag(round2), "{\"measures\":[" + measure("M1", "P1") + "," + measure("M2", "P2", "LAXITY", "赵敏", DEADLINE) + "]}");
        Response third = township().header("If-Match", etag(fixed)).post("/api/v1/plans/" + planId + "/submission");
        third.then().statusCode(200).body("submissions", equalTo(3));

        // Approval needs the auditor's judgement too.
        countyAdmin().header("If-Match", etag(third)).body("{\"decision\":\"APPROVE\",\"judgements\":" + judgements(true, false, true) + "}")
                .post("/api/v1/plans/" + planId + "/audits").then().statusCode(422)
                .body("errors.rule", contains("judged-passed"));
        Response approved = countyAdmin().header("If-Match", etag(third)).body(approval()).post("/api/v1/plans/" + planId + "/audits");
        approved.then().statusCode(200).body("stage", equalTo("APPROVED")).body("next", equalTo(List.of()));

        countyAdmin().get("/api/v1/plans/" + planId + "/audits").then().statusCode(200)
                .body("round", contains(1, 2, 3)).body("decision", contains("RETURN", "RETURN", "APPROVE"))
                .body("submission", contains(1, 2, 3))
                .body("[0].reasons", contains("村务公开问题未列入", "措施无责任人和时限"))
                .body("[0].findings.PROBLEMS_ACCURATE[0].code", equalTo("category-not-addressed"));
        countyAdmin().get("/api/v1/plans/" + planId + "/submissions").then().body("number", contains(1, 2, 3));
        countyAdmin().get("/api/v1/plans/" + planId + "/submissions/1").then().body("plan.measures[0].remedy", equalTo(null))
                .body("plan.problems.key", contains("P1"));

        carryOutMeasures(planId);

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.plan",
                r -> VILLAGE.equals(r.key()) && r.value().contains(planId), 12);
        assertEquals(List.of("drafted", "submitted", "evaluated", "returned", "submitted", "returned", "submitted", "approved",
                        "measure-updated", "measure-updated", "measure-updated", "measure-overdue"),
                events.stream().map(r -> CloudEvents.header(r, "ce_type").replaceAll("bastion\\.plan\\.(.*)\\.v1", "$1")).toList(),
                "one event per change, in order: none for refused requests, one overdue report for M2's deadline");
        for (ConsumerRecord<String, String> event : events) {
            String type = CloudEvents.header(event, "ce_type");
            assertEquals(List.of(), SCHEMAS.problems(type, event.value()), type + ": " + event.value());
            assertEquals("/bastion/plan-service", CloudEvents.header(event, "ce_source"));
            assertEquals(VILLAGE, CloudEvents.header(event, "ce_subject"));
        }
        JsonPath returned = new JsonPath(events.get(5).value());
        assertEquals(2, returned.getInt("round"));
        assertEquals(List.of("OWNER_AND_DEADLINE"), returned.getList("failedRules"));
        JsonPath approvedEvent = new JsonPath(events.get(7).value());
        assertEquals(3, approvedEvent.getInt("round"));
        assertEquals(caseId, approvedEvent.getString("caseId"));
    }

    /** Progress, completion, an extension asked for and granted, and overdue detection once per deadline. */
    private void carryOutMeasures(String planId) {
        String m1 = "/api/v1/plans/" + planId + "/measures/M1";
        Response read = township().get(m1);
        read.then().statusCode(200).body("measure.status", equalTo("OPEN")).body("measure.progress", equalTo(0));
        Response half = township().header("If-Match", etag(read)).body("{\"percent\":50,\"note\":\"已选派第一书记\",\"evidence\":[\"鲁组〔2026〕12号\"]}")
                .post(m1 + "/progress");
        half.then().statusCode(200).body("measure.progress", equalTo(50)).body("progress[0].evidence", contains("鲁组〔2026〕12号"));
        township().header("If-Match", etag(half)).body("{\"percent\":40,\"note\":\"回退\"}").post(m1 + "/progress").then().statusCode(422)
                .body("errors[0].rule", equalTo("not-backwards"));
        township().header("If-Match", etag(read)).body("{\"percent\":60,\"note\":\"过期版本\"}").post(m1 + "/progress").then().statusCode(412);
        Response done = township().header("If-Match", etag(half)).body("{\"note\":\"新书记到任，班子配齐\",\"evidence\":[\"任职文件\"]}")
                .post(m1 + "/completion");
        done.then().statusCode(200).body("measure.status", equalTo("COMPLETED")).body("measure.progress", equalTo(100));
        township().header("If-Match", etag(done)).body("{\"percent\":100,\"note\":\"再报\"}").post(m1 + "/progress").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/measure-completed"));

        String m2 = "/api/v1/plans/" + planId + "/measures/M2";
        LocalDate deadline = LocalDate.parse(DEADLINE);
        township().body("{\"deadline\":\"" + deadline.minusDays(1) + "\",\"reason\":\"提前\"}").post(m2 + "/extensions").then().statusCode(422)
                .body("errors[0].rule", equalTo("after-current-deadline"));
        township().body("{\"deadline\":\"2028-01-31\",\"reason\":\"超期\"}").post(m2 + "/extensions").then().statusCode(422)
                .body("errors[0].rule", equalTo("inside-campaign"));
        String later = deadline.plusMonths(1).toString();
        String ask = "{\"deadline\":\"" + later + "\",\"reason\":\"汛期施工推迟\"}";
        Response asked = township().header("Idempotency-Key", "ask-" + later).body(ask).post(m2 + "/extensions");
        asked.then().statusCode(201).body("status", equalTo("PENDING"));
        // A retry after a lost answer is the same request, not a second one refused as pending.
        township().header("Idempotency-Key", "ask-" + later).body(ask).post(m2 + "/extensions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(asked.path("id")));
        township().body("{\"deadline\":\"" + later + "\",\"reason\":\"再问\"}").post(m2 + "/extensions").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/extension-pending"));
        String decision = m2 + "/extensions/" + asked.path("id") + "/decision";
        township().body("{\"granted\":true}").post(decision).then().statusCode(403);
        countyAdmin().body("{\"granted\":true,\"note\":\"同意\"}").post(decision).then().statusCode(200).body("status", equalTo("GRANTED"));
        countyAdmin().body("{\"granted\":false}").post(decision).then().statusCode(409);
        township().get(m2).then().body("measure.deadline", equalTo(later)).body("extensions[0].decidedBy", equalTo("county-admin@410423"));

        countyAdmin().queryParam("dueWithin", "366").queryParam("township", "410423203").get("/api/v1/measures").then().statusCode(200)
                .body("items.measure.key", hasItem("M2"));

        // The day after M2's new deadline: reported once; a second scan that day finds nothing new.
        LocalDate after = LocalDate.parse(later).plusDays(1);
        assertTrue(overdue.scan(after) >= 1);
        assertEquals(0, overdue.scan(after), "each measure is reported once per deadline");
        township().get(m2).then().body("measure.status", equalTo("OPEN"));
        countyAdmin().queryParam("status", "COMPLETED").get("/api/v1/measures").then().body("items.measure.key", hasItem("M1"));
        countyAdmin().queryParam("stage", "APPROVED").queryParam("township", "410423203").get("/api/v1/plans").then()
                .body("items.id", hasItem(planId));
        countyAdmin().queryParam("minReturns", "2").get("/api/v1/plans").then().body("items.id", hasItem(planId));
        countyAdmin().queryParam("minReturns", "3").get("/api/v1/plans").then().body("items.id", not(hasItem(planId)));
    }

    private static List<String> changes(JsonPath diff, String list) {
        List<Map<String, Object>> items = diff.getList("changes." + list);
        return items.stream().map(c -> c.get("key") + ":" + c.get("change")).toList();
    }
}
