package io.bastion.village.events;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.bastion.village.Callers.caseOf;
import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases moved by other services' events, delivered through the real broker. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseEventsTest {

    private static final EventSchemas SCHEMAS = EventSchemas.load(Path.of(""));

    @BeforeEach
    void setUp() {
        Callers.ensureDivisions();
    }

    private static String openCase(String villageCode) {
        ensureVillage(villageCode, "事件案件村" + villageCode.substring(9));
        return countyAdmin().body(caseOf(villageCode)).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static String data(String caseId, String villageCode, String extra) {
        return "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + villageCode + "\"" + extra + "}";
    }

    @Test
    void theWholeLifecycleMovesOnEventsAndARedeliveryIsAppliedOnce() throws Exception {
        String village = "410423203341";
        String caseId = openCase(village);
        String drafted = CloudEvents.publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.drafted.v1", village,
                data(caseId, village, ",\"planId\":\"" + UUID.randomUUID() + "\""));
        Callers.awaitStatus(caseId, "PLANNING");
        CloudEvents.publish("bastion.plan", drafted, "bastion.plan.drafted.v1", village, data(caseId, village, ""));
        CloudEvents.publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.submitted.v1", village, "{\"ignored\":true}");
        CloudEvents.publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.approved.v1", village, data(caseId, village, ",\"round\":2"));
        Callers.awaitStatus(caseId, "RECTIFYING");
        CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-requested.v1", village, data(caseId, village, ""));
        Callers.awaitStatus(caseId, "ACCEPTANCE");
        String newDeadline = Now.today().plusMonths(2).toString();
        CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-failed.v1", village,
                data(caseId, village, ",\"score\":64,\"newDeadline\":\"" + newDeadline + "\""));
        Callers.awaitStatus(caseId, "RECTIFYING");
        CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-requested.v1", village, data(caseId, village, ""));
        String passed = CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1", village,
                data(caseId, village, ",\"score\":86"));
        Callers.awaitStatus(caseId, "CONSOLIDATING");
        CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.case-written-off.v1", village, data(caseId, village, ""));
        Callers.awaitStatus(caseId, "WRITTEN_OFF");

        List<Map<String, Object>> history = countyAdmin().get("/api/v1/cases/" + caseId + "/transitions").jsonPath().getList("$");
        assertEquals(List.of("IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING", "WRITTEN_OFF"),
                history.stream().map(t -> t.get("to")).toList(), "the redelivered drafted event moved nothing");
        assertEquals(drafted, history.get(1).get("triggerEventId"));
        assertEquals("bastion.plan.drafted.v1", history.get(1).get("triggerEventType"));
        assertEquals("/bastion/plan-service", history.get(1).get("actor"));
        assertEquals(newDeadline, history.get(4).get("deadline"));
        assertEquals(passed, history.get(6).get("triggerEventId"));
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("rectifyDeadline", org.hamcrest.Matchers.equalTo(newDeadline));
    }

    @Test
    void aRelapseFoundBySupervisionOpensALinkedCase() throws Exception {
        String village = "410423203342";
        String caseId = openCase(village);
        for (String to : List.of("PLANNING", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING")) {
            Callers.moveAsDecided(caseId, to, null);
        }
        CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.relapse-found.v1", village,
                data(caseId, village, ",\"categories\":[\"ORDER_AND_PETITIONS\"],\"basis\":\"回头看发现信访矛盾反弹\""));
        Callers.awaitStatus(caseId, "RELAPSED");
        List<Map<String, Object>> open = countyAdmin().get("/api/v1/cases?township=410423203&status=IDENTIFIED&limit=500")
                .jsonPath().getList("items.findAll { it.villageCode == '" + village + "' }");
        assertEquals(1, open.size());
        assertEquals(caseId, open.get(0).get("previousCaseId"));
        assertEquals(List.of("ORDER_AND_PETITIONS"), open.get(0).get("categories"));
    }

    @Test
    void eventsThatCannotBeAppliedGoToTheDeadLetterTopicAndTheRestFlowOn() throws Exception {
        String village = "410423203343";
        String caseId = openCase(village);
        String garbage = CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, "not json at all");
        String unknownCase = CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, data(UUID.randomUUID().toString(), village, ""));
        String illegal = CloudEvents.publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, data(caseId, village, ""));
        CloudEvents.publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.drafted.v1", village, data(caseId, village, ""));
        Callers.awaitStatus(caseId, "PLANNING");

        List<ConsumerRecord<String, String>> dead = CloudEvents.await("bastion.village.dlq",
                r -> List.of(garbage, unknownCase, illegal).contains(CloudEvents.header(r, "ce_id")), 3);
        assertEquals(List.of(garbage, unknownCase, illegal), dead.stream().map(r -> CloudEvents.header(r, "ce_id")).toList(),
                "every unusable event is kept, in order, with its original headers");
        dead.forEach(r -> assertTrue(CloudEvents.header(r, "dead-letter-reason") != null, "a reason is given"));
        assertTrue(CloudEvents.header(dead.get(2), "dead-letter-reason").contains("CONSOLIDATING"), CloudEvents.header(dead.get(2), "dead-letter-reason"));
        assertEquals("bastion.supervision", CloudEvents.header(dead.get(0), "dead-letter-topic"));
        countyAdmin().get("/api/v1/cases/" + caseId + "/transitions").then()
                .body("to", org.hamcrest.Matchers.contains("IDENTIFIED", "PLANNING"));
    }

    @Test
    void theCaseEventsThisServicePublishesMatchTheirSchemas() throws Exception {
        String village = "410423203344";
        String caseId = openCase(village);
        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"COUNTY_C\"}").patch("/api/v1/cases/" + caseId).then().statusCode(200);
        Callers.moveAsDecided(caseId, "PLANNING", null);
        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.village",
                r -> village.equals(r.key()) && CloudEvents.header(r, "ce_type").startsWith("bastion.village.case-"), 3);
        assertEquals(List.of(CaseIdentified.TYPE, CaseUpdated.TYPE, CaseStatusChanged.TYPE),
                events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
        }
        assertTrue(events.get(0).value().contains("\"villageName\""));
        assertTrue(events.get(2).value().contains("\"to\": \"PLANNING\"") || events.get(2).value().contains("\"to\":\"PLANNING\""));
        for (String planned : List.of("bastion.plan.drafted.v1", "bastion.plan.approved.v1", "bastion.supervision.relapse-found.v1")) {
            assertTrue(SCHEMAS.types().contains(planned), "the consumed type " + planned + " has a schema");
        }
        // What this service reads of a failed acceptance (the case, the village, the new deadline) is in its contract.
        assertTrue(SCHEMAS.schema("bastion.supervision.acceptance-failed.v1").getJsonArray("required").getList()
                .containsAll(List.of("caseId", "villageCode", "newDeadline")));
        assertTrue(CaseEventConsumer.MOVES.keySet().stream().allMatch(SCHEMAS.types()::contains), "every consumed type has a schema");
    }
}
