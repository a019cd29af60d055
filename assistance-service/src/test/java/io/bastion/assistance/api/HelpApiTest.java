package io.bastion.assistance.api;

import io.bastion.assistance.Callers;
import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.bastion.assistance.Callers.SCHEMAS;
import static io.bastion.assistance.Callers.contact;
import static io.bastion.assistance.Callers.countyAdmin;
import static io.bastion.assistance.Callers.department;
import static io.bastion.assistance.Callers.identify;
import static io.bastion.assistance.Callers.leader;
import static io.bastion.assistance.Callers.registerEnvoy;
import static io.bastion.assistance.Callers.registerLeader;
import static io.bastion.assistance.Callers.registerUnit;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Help given by leaders, units and townships, its totals per village, township and unit, and its events. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class HelpApiTest {

    // A township of its own, so the totals here count only this test's records.
    private static final String TOWNSHIP = "410423205";
    private static final String A = TOWNSHIP + "201";
    private static final String B = TOWNSHIP + "202";
    private static String leaderId;
    private static String unitId;

    @BeforeEach
    void pairedOnce() {
        if (leaderId == null) {
            String caseA = identify(A);
            String caseB = identify(B);
            leaderId = registerLeader("leader-help", "孙副县长");
            unitId = registerUnit("dept-help", "县交通运输局");
            String envoy = registerEnvoy(unitId, "钱进", "13600001111");
            countyAdmin().body(contact(caseA, leaderId)).post("/api/v1/pairings").then().statusCode(201);
            countyAdmin().body("{\"caseId\":\"" + caseA + "\",\"form\":\"STATIONED_CADRE\",\"unitId\":\"" + unitId + "\",\"envoys\":[\""
                    + envoy + "\"]}").post("/api/v1/pairings").then().statusCode(201);
            countyAdmin().body(contact(caseB, registerLeader("leader-help-b", "周副县长"))).post("/api/v1/pairings").then().statusCode(201);
        }
    }

    private static RequestSpecification ownTownship() {
        return Callers.as("township-operator@" + TOWNSHIP, "township-operator", TOWNSHIP);
    }

    private static String help(String kind, String village, String giver, String figures) {
        return "{\"kind\":\"" + kind + "\"," + (village == null ? "\"townshipCode\":\"" + TOWNSHIP + "\"" : "\"villageCode\":\"" + village + "\"")
                + (giver == null ? "" : "," + giver) + ",\"date\":\"2026-11-20\",\"title\":\"" + kind + "\"" + figures + "}";
    }

    @Test
    void helpIsRecordedByWhoGaveItAndSummedPerVillageTownshipAndUnit() {
        String byLeader = "\"leaderId\":\"" + leaderId + "\"";
        String byUnit = "\"unitId\":\"" + unitId + "\"";
        leader("leader-help").body(help("VISIT", A, byLeader, "")).post("/api/v1/help").then().statusCode(201);
        leader("leader-help").body(help("RESEARCH_TRIP", A, byLeader, "")).post("/api/v1/help").then().statusCode(201);
        department("dept-help").body(help("ROAD", A, byUnit, ",\"lengthKm\":6.5,\"amount\":80")).post("/api/v1/help").then().statusCode(201);
        department("dept-help").body(help("PROJECT", A, byUnit, ",\"projectKind\":\"特色种植\",\"amount\":120.5")).post("/api/v1/help")
                .then().statusCode(201);
        // A department reaches its paired villages, not their township: a township-wide training it gave is the county's to record.
        department("dept-help").body(help("TRAINING", null, byUnit, ",\"sessions\":2,\"peopleTrained\":45")).post("/api/v1/help")
                .then().statusCode(403).body("type", equalTo("https://bastion.example/problems/not-paired"));
        countyAdmin().body(help("TRAINING", null, byUnit, ",\"sessions\":2,\"peopleTrained\":45")).post("/api/v1/help")
                .then().statusCode(201).body("villageCode", equalTo(null)).body("townshipCode", equalTo(TOWNSHIP));
        countyAdmin().body(help("WATER", B, byUnit, ",\"households\":300,\"amount\":70")).post("/api/v1/help").then().statusCode(201);
        countyAdmin().body(help("VENUE", B, "\"leaderId\":\"" + leaderId + "\"", ",\"areaM2\":300,\"amount\":35.25")).post("/api/v1/help")
                .then().statusCode(201);
        ownTownship().body(help("PRACTICAL_MATTER", B, null, ",\"petitionRisksResolved\":2")).post("/api/v1/help").then().statusCode(201);
        ownTownship().body(help("TRAINING", B, null, ",\"sessions\":1,\"peopleTrained\":12")).post("/api/v1/help").then().statusCode(201);

        // Only one's own help, in one's own paired villages.
        leader("leader-help").body(help("VISIT", B, byLeader, "")).post("/api/v1/help").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/not-paired"));
        leader("leader-help").body(help("FUNDS", A, byLeader, ",\"amount\":5")).post("/api/v1/help").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/own-help-only"));
        department("dept-help").body(help("FUNDS", A, "\"unitId\":\"" + registerUnit("dept-other-help", "县财政局") + "\"", ",\"amount\":5"))
                .post("/api/v1/help").then().statusCode(403);
        ownTownship().body(help("FUNDS", B, byUnit, ",\"amount\":5")).post("/api/v1/help").then().statusCode(403);
        countyAdmin().body(help("FUNDS", "410423205299", byUnit, ",\"amount\":5")).post("/api/v1/help").then().statusCode(422)
                .body("errors[0].rule", equalTo("case-village"));

        JsonPath byTownship = countyAdmin().queryParam("by", "TOWNSHIP").queryParam("township", TOWNSHIP).get("/api/v1/help/totals")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(TOWNSHIP), byTownship.getList("key"));
        Map<String, Object> t = byTownship.getMap("[0]");
        assertEquals(1, t.get("visits"));
        assertEquals(1, t.get("researchTrips"));
        assertEquals(1, t.get("projects"));
        assertEquals(120.5f, ((Number) t.get("projectAmount")).floatValue());
        assertEquals(6.5f, ((Number) t.get("roadKm")).floatValue());
        assertEquals(80f, ((Number) t.get("roadAmount")).floatValue());
        assertEquals(300, t.get("waterHouseholds"));
        assertEquals(1, t.get("venues"));
        assertEquals(300f, ((Number) t.get("venueArea")).floatValue());
        assertEquals(35.25f, ((Number) t.get("venueAmount")).floatValue());
        assertEquals(3, t.get("trainingSessions"));
        assertEquals(57, t.get("peopleTrained"));
        assertEquals(1, t.get("practicalMatters"));
        assertEquals(2, t.get("petitionRisksResolved"));

        JsonPath byVillage = countyAdmin().queryParam("by", "VILLAGE").queryParam("township", TOWNSHIP).get("/api/v1/help/totals")
                .then().extract().jsonPath();
        assertEquals(List.of(A, B), byVillage.getList("key"), "the township-wide training belongs to no village");
        assertEquals(2, byVillage.getInt("[0].visits") + byVillage.getInt("[0].researchTrips"));
        assertEquals(1, byVillage.getInt("[1].trainingSessions"));

        JsonPath byUnitTotals = countyAdmin().queryParam("by", "UNIT").queryParam("unitId", unitId).get("/api/v1/help/totals")
                .then().extract().jsonPath();
        assertEquals(List.of(unitId), byUnitTotals.getList("key"));
        assertEquals(300, byUnitTotals.getInt("[0].waterHouseholds"));
        assertEquals(2, byUnitTotals.getInt("[0].trainingSessions"));

        // A leader reads only what concerns its paired villages.
        leader("leader-help").queryParam("by", "VILLAGE").get("/api/v1/help/totals").then().statusCode(200)
                .body("key", equalTo(List.of(A)));
        countyAdmin().get("/api/v1/cases?township=" + TOWNSHIP).then().body("items.villageCode", equalTo(List.of(A, B)));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.assistance",
                r -> r.key().startsWith(TOWNSHIP) && !CloudEvents.header(r, "ce_type").contains("pairing"), 9);
        assertEquals(9, events.size(), "one event per record; refused ones publish nothing");
        assertEquals(Map.of("bastion.assistance.visit-logged.v1", 2L, "bastion.assistance.support-recorded.v1", 4L,
                        "bastion.assistance.training-held.v1", 2L, "bastion.assistance.petition-risk-resolved.v1", 1L),
                events.stream().collect(Collectors.groupingBy(r -> CloudEvents.header(r, "ce_type"), Collectors.counting())));
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
        }
        assertEquals(1, events.stream().filter(r -> r.key().equals(TOWNSHIP)).count(), "the township-wide training is keyed by the township");
    }

    @Test
    void aRecordIsCorrectedOrVoidedByWhoMayRecordItAndEveryTotalFollows() {
        String township = "410423219";
        String village = township + "201";
        String caseId = identify(village);
        String unit = registerUnit("dept-fix", "县住房和城乡建设局");
        String envoy = registerEnvoy(unit, "郑直", "13700002222");
        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"WORK_TEAM\",\"unitId\":\"" + unit + "\",\"envoys\":[\"" + envoy
                + "\"]}").post("/api/v1/pairings").then().statusCode(201);
        String road = "{\"kind\":\"ROAD\",\"villageCode\":\"" + village + "\",\"unitId\":\"" + unit
                + "\",\"date\":\"2026-11-20\",\"title\":\"通村路\",\"lengthKm\":6.5,\"amount\":80}";
        Response recorded = department("dept-fix").body(road).post("/api/v1/help");
        recorded.then().statusCode(201).header("ETag", "\"0\"");
        String id = recorded.path("id");

        // A correction names the version it was made from, and is checked as a new record is.
        department("dept-fix").body("{\"lengthKm\":5.5}").patch("/api/v1/help/" + id).then().statusCode(428);
        department("dept-fix").header("If-Match", "\"0\"").body("{\"lengthKm\":5.5,\"amount\":60}").patch("/api/v1/help/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("lengthKm", equalTo(5.5f)).body("amount", equalTo(60.0f));
        // The same again changes nothing: no new version.
        department("dept-fix").header("If-Match", "\"1\"").body("{\"amount\":60}").patch("/api/v1/help/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        department("dept-fix").header("If-Match", "\"0\"").body("{\"lengthKm\":4}").patch("/api/v1/help/" + id).then().statusCode(412);
        department("dept-fix").header("If-Match", "\"1\"").body("{\"lengthKm\":1000}").patch("/api/v1/help/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("lengthKm"));
        // Only who may record the help corrects it: the township does not record a department's road.
        Callers.as("township-operator@" + township, "township-operator", township).header("If-Match", "\"1\"")
                .body("{\"lengthKm\":4}").patch("/api/v1/help/" + id).then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/own-help-only"));
        JsonPath totals = countyAdmin().queryParam("by", "TOWNSHIP").queryParam("township", township).get("/api/v1/help/totals").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(5.5f, totals.getFloat("[0].roadKm"));
        assertEquals(60f, totals.getFloat("[0].roadAmount"));

        // Voided with a reason, it stays to be read and counts nowhere.
        department("dept-fix").header("If-Match", "\"1\"").body("{}").post("/api/v1/help/" + id + "/void").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        department("dept-fix").header("If-Match", "\"1\"").body("{\"reason\":\"与另一条记录重复\"}").post("/api/v1/help/" + id + "/void")
                .then().statusCode(200).header("ETag", "\"2\"").body("voidReason", equalTo("与另一条记录重复"))
                .body("voidedBy", equalTo("dept-fix")).body("voidedOn", notNullValue());
        countyAdmin().queryParam("by", "TOWNSHIP").queryParam("township", township).get("/api/v1/help/totals").then().statusCode(200)
                .body("key", equalTo(List.of()));
        department("dept-fix").header("If-Match", "\"2\"").body("{\"lengthKm\":4}").patch("/api/v1/help/" + id).then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/help-voided"));
        countyAdmin().queryParam("township", township).get("/api/v1/help").then().statusCode(200).body("items.id", equalTo(List.of(id)))
                .body("items[0].voidedOn", notNullValue());
        countyAdmin().queryParam("targetKey", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", containsInAnyOrder("help.record", "help.correct", "help.void"));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.assistance",
                r -> village.equals(r.key()) && !CloudEvents.header(r, "ce_type").contains("pairing"), 3);
        assertEquals(List.of("bastion.assistance.support-recorded.v1", "bastion.assistance.help-corrected.v1",
                "bastion.assistance.help-voided.v1"), events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList());
        assertEquals(List.of(0, 1, 2), events.stream().map(r -> new JsonPath(r.value()).getInt("version")).toList());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
        }
    }
}
