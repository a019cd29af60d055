package io.bastion.village.events;

import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.TopicRecords;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.bastion.village.Callers.caseOf;
import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Cases moved by other services' events, delivered through the real broker. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseEventsTest {

    private static final EventSchemas SCHEMAS = EventSchemas.load(Path.of(""));
    private static KafkaProducer<String, String> producer;

    @BeforeEach
    void setUp() {
        Callers.ensureDivisions();
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    /** Publishes a CloudEvent in binary mode, as the other services' outbox relays do; returns its id. */
    private static String publish(String topic, String id, String type, String villageCode, String data) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, villageCode, data);
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/bastion/" + topic.substring("bastion.".length()) + "-service",
                        "ce_type", type, "ce_subject", villageCode, "ce_time", Instant.now().toString(), "content-type", "application/json")
                .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
        return id;
    }

    private static String openCase(String villageCode) {
        ensureVillage(villageCode, "事件案件村" + villageCode.substring(9));
        return countyAdmin().body(caseOf(villageCode)).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static void awaitStatus(String caseId, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        String now = null;
        while (Instant.now().isBefore(deadline)) {
            now = countyAdmin().get("/api/v1/cases/" + caseId).path("status");
            if (status.equals(now)) {
                return;
            }
        }
        fail("case " + caseId + " is " + now + ", not " + status + ", after 30 s");
    }

    private static String data(String caseId, String villageCode, String extra) {
        return "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + villageCode + "\"" + extra + "}";
    }

    @Test
    void theWholeLifecycleMovesOnEventsAndARedeliveryIsAppliedOnce() throws Exception {
        String village = "410423203341";
        String caseId = openCase(village);
        String drafted = publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.drafted.v1", village,
                data(caseId, village, ",\"planId\":\"" + UUID.randomUUID() + "\""));
        awaitStatus(caseId, "PLANNING");
        publish("bastion.plan", drafted, "bastion.plan.drafted.v1", village, data(caseId, village, ""));
        publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.submitted.v1", village, "{\"ignored\":true}");
        publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.approved.v1", village, data(caseId, village, ",\"round\":2"));
        awaitStatus(caseId, "RECTIFYING");
        publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-requested.v1", village, data(caseId, village, ""));
        awaitStatus(caseId, "ACCEPTANCE");
        String newDeadline = LocalDate.now().plusMonths(2).toString();
        publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-failed.v1", village,
                data(caseId, village, ",\"score\":64,\"newDeadline\":\"" + newDeadline + "\""));
        awaitStatus(caseId, "RECTIFYING");
        publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-requested.v1", village, data(caseId, village, ""));
        String passed = publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1", village,
                data(caseId, village, ",\"score\":86"));
        awaitStatus(caseId, "CONSOLIDATING");
        publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.case-written-off.v1", village, data(caseId, village, ""));
        awaitStatus(caseId, "WRITTEN_OFF");

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
            String etag = countyAdmin().get("/api/v1/cases/" + caseId).header("ETag");
            countyAdmin().header("If-Match", etag).body("{\"to\":\"" + to + "\"}").post("/api/v1/cases/" + caseId + "/transitions")
                    .then().statusCode(200);
        }
        publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.relapse-found.v1", village,
                data(caseId, village, ",\"categories\":[\"ORDER_AND_PETITIONS\"],\"basis\":\"回头看发现信访矛盾反弹\""));
        awaitStatus(caseId, "RELAPSED");
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
        String garbage = publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, "not json at all");
        String unknownCase = publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, data(UUID.randomUUID().toString(), village, ""));
        String illegal = publish("bastion.supervision", UUID.randomUUID().toString(), "bastion.supervision.acceptance-passed.v1",
                village, data(caseId, village, ""));
        publish("bastion.plan", UUID.randomUUID().toString(), "bastion.plan.drafted.v1", village, data(caseId, village, ""));
        awaitStatus(caseId, "PLANNING");

        List<ConsumerRecord<String, String>> dead = awaitRecords("bastion.village.dlq",
                r -> List.of(garbage, unknownCase, illegal).contains(header(r, "ce_id")), 3);
        assertEquals(List.of(garbage, unknownCase, illegal), dead.stream().map(r -> header(r, "ce_id")).toList(),
                "every unusable event is kept, in order, with its original headers");
        dead.forEach(r -> assertTrue(header(r, "dead-letter-reason") != null, "a reason is given"));
        assertTrue(header(dead.get(2), "dead-letter-reason").contains("CONSOLIDATING"), header(dead.get(2), "dead-letter-reason"));
        assertEquals("bastion.supervision", header(dead.get(0), "dead-letter-topic"));
        countyAdmin().get("/api/v1/cases/" + caseId + "/transitions").then()
                .body("to", org.hamcrest.Matchers.contains("IDENTIFIED", "PLANNING"));
    }

    @Test
    void theCaseEventsThisServicePublishesMatchTheirSchemas() throws Exception {
        String village = "410423203344";
        String caseId = openCase(village);
        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"COUNTY_C\"}").patch("/api/v1/cases/" + caseId).then().statusCode(200);
        countyAdmin().header("If-Match", "\"1\"").body("{\"to\":\"PLANNING\",\"reason\":\"by hand\"}")
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = awaitRecords("bastion.village",
                r -> village.equals(r.key()) && header(r, "ce_type").startsWith("bastion.village.case-"), 3);
        assertEquals(List.of(CaseIdentified.TYPE, CaseUpdated.TYPE, CaseStatusChanged.TYPE),
                events.stream().map(r -> header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(header(event, "ce_type"), event.value()), event.value());
        }
        assertTrue(events.get(0).value().contains("\"villageName\""));
        assertTrue(events.get(2).value().contains("\"to\": \"PLANNING\"") || events.get(2).value().contains("\"to\":\"PLANNING\""));
        for (String planned : List.of("bastion.plan.drafted.v1", "bastion.plan.approved.v1", "bastion.supervision.relapse-found.v1")) {
            assertTrue(SCHEMAS.types().contains(planned), "the consumed type " + planned + " has a schema");
        }
        assertEquals(List.of(), SCHEMAS.problems("bastion.supervision.acceptance-failed.v1",
                data(caseId, village, ",\"score\":64,\"newDeadline\":\"2027-01-31\"")));
        assertTrue(CaseEventConsumer.MOVES.keySet().stream().allMatch(SCHEMAS.types()::contains), "every consumed type has a schema");
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> wanted, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<ConsumerRecord<String, String>> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = TopicRecords.readAll(TestInfrastructure.shared().kafka.bootstrapServers(), topic).stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
        }
        fail("found " + found.size() + " of " + count + " records on " + topic + " after 30 s");
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
