package io.bastion.assistance.api;

import io.bastion.assistance.Callers;
import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.bastion.assistance.Callers.contact;
import static io.bastion.assistance.Callers.countyAdmin;
import static io.bastion.assistance.Callers.department;
import static io.bastion.assistance.Callers.identify;
import static io.bastion.assistance.Callers.leader;
import static io.bastion.assistance.Callers.registerEnvoy;
import static io.bastion.assistance.Callers.registerLeader;
import static io.bastion.assistance.Callers.registerUnit;
import static io.bastion.assistance.Callers.township;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A county leader and a department see only their paired villages, a township operator its township; bad input changes nothing. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AssistanceAccessTest {

    private static final String PAIRED = "410423203411";
    private static final String UNPAIRED = "410423203412";
    private static final String ELSEWHERE = "410423204411";
    private static String pairedCase;
    private static String unpairedCase;
    private static String unitId;

    @BeforeEach
    void pairOnce() {
        if (pairedCase == null) {
            pairedCase = identify(PAIRED);
            unpairedCase = identify(UNPAIRED);
            identify(ELSEWHERE);
            String leaderId = registerLeader("leader-scope", "吴副县长");
            unitId = registerUnit("dept-scope", "县民政局");
            String envoy = registerEnvoy(unitId, "郑华", "13800001234");
            countyAdmin().body(contact(pairedCase, leaderId)).post("/api/v1/pairings").then().statusCode(201);
            countyAdmin().body("{\"caseId\":\"" + pairedCase + "\",\"form\":\"PARTY_BUILDING_INSTRUCTOR\",\"unitId\":\"" + unitId
                    + "\",\"envoys\":[\"" + envoy + "\"]}").post("/api/v1/pairings").then().statusCode(201);
        }
    }

    @Test
    void leadersAndDepartmentsSeeOnlyTheirPairedVillages() {
        for (var caller : List.of(leader("leader-scope"), department("dept-scope"))) {
            caller.get("/api/v1/cases").then().statusCode(200).body("items.caseId", contains(pairedCase));
        }
        leader("leader-scope").get("/api/v1/cases/" + pairedCase).then().statusCode(200);
        // A case of a village the leader is not paired with is, to it, not there.
        leader("leader-scope").get("/api/v1/cases/" + unpairedCase).then().statusCode(404);
        // Its villages' pairings, the county leader contact of the village included, and no other village's.
        department("dept-scope").get("/api/v1/pairings").then().body("items.villageCode", everyItem(equalTo(PAIRED)))
                .body("items.form", org.hamcrest.Matchers.containsInAnyOrder("COUNTY_LEADER_CONTACT", "PARTY_BUILDING_INSTRUCTOR"));
        department("dept-scope").get("/api/v1/appraisal/units/" + unitId).then().statusCode(200);
        department("dept-scope").get("/api/v1/appraisal/units-behind").then().statusCode(403);
        leader("leader-nobody").get("/api/v1/cases").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void aTownshipOperatorSeesItsTownshipAndOnlyTheCountyPairs() {
        township().get("/api/v1/cases").then().body("items.villageCode", everyItem(startsWith("410423203")))
                .body("items.villageCode", hasItem(PAIRED));
        township().get("/api/v1/cases/" + identifyOnce()).then().statusCode(404);
        township().body(contact(unpairedCase, UUID.randomUUID().toString())).post("/api/v1/pairings").then().statusCode(403);
        leader("leader-scope").body("{\"account\":\"x\",\"name\":\"x\",\"post\":\"x\"}").post("/api/v1/leaders").then().statusCode(403);
        RestAssured.given().get("/api/v1/pairings").then().statusCode(401);
    }

    private static String elsewhereCase;

    private static String identifyOnce() {
        if (elsewhereCase == null) {
            elsewhereCase = countyAdmin().queryParam("township", "410423204").get("/api/v1/cases").path("items[0].caseId");
        }
        return elsewhereCase;
    }

    @Test
    void phonesAreMaskedForThoseWhoMayNotSeeThem() {
        countyAdmin().get("/api/v1/units/" + unitId + "/envoys").then().body("[0].phone", equalTo("13800001234"));
        Callers.as("inspector@410423", "inspector", "410423").get("/api/v1/units/" + unitId + "/envoys").then()
                .body("[0].phone", equalTo("138****1234"));
        department("dept-scope").get("/api/v1/units/" + unitId + "/envoys").then().body("[0].phone", equalTo("13800001234"));
        countyAdmin().body("{\"name\":\"错号\",\"post\":\"科员\",\"phone\":\"12345\"}").post("/api/v1/units/" + unitId + "/envoys").then()
                .statusCode(422).body("errors[0].rule", equalTo("phone")).body("errors[0].rejected", equalTo("已隐去"))
                .body(not(containsString("12345")));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        countyAdmin().body("{\"account\":\"leader-scope\",\"name\":\"重名\",\"post\":\"副县长\"}").post("/api/v1/leaders").then()
                .statusCode(409).body("type", equalTo("https://bastion.example/problems/account-taken"));
        countyAdmin().body("{\"account\":\"bad account!\",\"name\":\" \",\"kind\":\"CLUB\"}").post("/api/v1/units").then().statusCode(422)
                .body("errors.rule", contains("account", "required", "one-of"));
        countyAdmin().body("{\"caseId\":\"" + unpairedCase + "\",\"form\":\"HELPER\"}").post("/api/v1/pairings").then().statusCode(422)
                .body("errors[0].field", equalTo("form"));
        countyAdmin().body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"form\":\"COUNTY_LEADER_CONTACT\",\"leaderId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/pairings").then().statusCode(404);
        countyAdmin().body(contact(unpairedCase, UUID.randomUUID().toString())).post("/api/v1/pairings").then().statusCode(404)
                .body("detail", containsString("县级领导"));
        countyAdmin().body("{\"kind\":\"FUNDS\",\"villageCode\":\"" + UNPAIRED + "\",\"unitId\":\"" + unitId
                + "\",\"date\":\"2026-11-01\",\"title\":\"资金\",\"amount\":1.234,\"colour\":1}").post("/api/v1/help").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-field"));
        countyAdmin().body("{\"kind\":\"FUNDS\",\"villageCode\":\"" + UNPAIRED + "\",\"unitId\":\"" + unitId
                + "\",\"date\":\"2026-11-01\",\"title\":\"资金\",\"amount\":1.234}").post("/api/v1/help").then().statusCode(422)
                .body("errors[0].rule", equalTo("decimal-places"));
        countyAdmin().queryParam("villageCode", UNPAIRED).get("/api/v1/help").then().body("items", equalTo(List.of()));
        countyAdmin().queryParam("uncovered", "maybe").get("/api/v1/cases").then().statusCode(400);
        countyAdmin().queryParam("cursor", "garbage").get("/api/v1/pairings").then().statusCode(400);
        countyAdmin().get("/api/v1/pairings/not-an-id").then().statusCode(404);
        countyAdmin().header("Accept-Language", "en").body("{}").post("/api/v1/pairings").then().statusCode(422)
                .header("Content-Language", "en").body("title", equalTo("Invalid pairing"));
    }

    @Test
    void anEventForACaseNeverSeenGoesToTheDeadLetterTopic() {
        String caseId = UUID.randomUUID().toString();
        String id = CloudEvents.publish("bastion.village", VillageEventData.CASE_STATUS_CHANGED, "410423203419",
                VillageEventData.caseStatusChanged(caseId, "410423203419", "IDENTIFIED", "PLANNING", null, 1));
        List<ConsumerRecord<String, String>> dead = CloudEvents.await("bastion.assistance.dlq", r -> id.equals(CloudEvents.header(r, "ce_id")), 1);
        assertTrue(CloudEvents.header(dead.get(0), "dead-letter-reason").contains(caseId));
    }
}
