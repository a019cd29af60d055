package io.bastion.assistance.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.platform.domain.Now;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.bastion.assistance.Callers.SCHEMAS;
import static io.bastion.assistance.Callers.await;
import static io.bastion.assistance.Callers.contact;
import static io.bastion.assistance.Callers.countyAdmin;
import static io.bastion.assistance.Callers.identify;
import static io.bastion.assistance.Callers.move;
import static io.bastion.assistance.Callers.publish;
import static io.bastion.assistance.Callers.registerEnvoy;
import static io.bastion.assistance.Callers.registerLeader;
import static io.bastion.assistance.Callers.registerUnit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One leader per case, handovers without a gap, and no unpairing before transformation, driven by village-service's events. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PairingApiTest {

    @Test
    void oneContactPerCaseHandedOverWithoutAGapAndReleasedOnlyAfterTransformation() {
        String village = "410423203401";
        String caseId = identify(village);
        countyAdmin().queryParam("uncovered", "true").get("/api/v1/cases").then().statusCode(200)
                .body("items.caseId", hasItem(caseId));
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("coverage.contact", nullValue())
                .body("coverage.uncoveredSince", notNullValue()).body("coverage.uncoveredDays", equalTo(0));

        String wang = registerLeader("leader-wang-401", "王副县长");
        String zhao = registerLeader("leader-zhao-401", "赵副县长");
        Response first = countyAdmin().body(contact(caseId, wang)).post("/api/v1/pairings");
        first.then().statusCode(201).body("form", equalTo("COUNTY_LEADER_CONTACT")).body("active", equalTo(true));
        String pairing = first.path("id");
        countyAdmin().body(contact(caseId, zhao)).post("/api/v1/pairings").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/contact-exists")).body("detail", containsString(pairing));
        countyAdmin().queryParam("uncovered", "true").get("/api/v1/cases").then().body("items.caseId", not(hasItem(caseId)));

        // A leader may hold several villages.
        String other = identify("410423203402");
        countyAdmin().body(contact(other, wang)).post("/api/v1/pairings").then().statusCode(201);

        // Before transformation: no unpairing; a handover keeps the case covered.
        countyAdmin().header("If-Match", first.header("ETag")).body("{}").post("/api/v1/pairings/" + pairing + "/end").then()
                .statusCode(409).body("type", equalTo("https://bastion.example/problems/not-transformed"))
                .body("detail", containsString("IDENTIFIED"));
        countyAdmin().header("If-Match", first.header("ETag")).body("{\"leaderId\":\"" + wang + "\",\"reason\":\"同一人\"}")
                .post("/api/v1/pairings/" + pairing + "/handover").then().statusCode(422).body("errors[0].rule", equalTo("different-partner"));
        Response handed = countyAdmin().header("If-Match", first.header("ETag"))
                .body("{\"leaderId\":\"" + zhao + "\",\"reason\":\"王副县长工作调整\"}").post("/api/v1/pairings/" + pairing + "/handover");
        handed.then().statusCode(201).body("leaderId", equalTo(zhao)).body("active", equalTo(true));
        String next = handed.path("id");
        countyAdmin().get("/api/v1/pairings/" + pairing).then().body("active", equalTo(false)).body("handedOverTo", equalTo(next))
                .body("endReason", equalTo("王副县长工作调整"));
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("coverage.contact.id", equalTo(next))
                .body("coverage.uncoveredSince", nullValue()).body("pairings.id", contains(pairing, next));

        // Village-service moves the case; only once it is transformed may the pairing end.
        move(caseId, village, "IDENTIFIED", "PLANNING", null, 1);
        move(caseId, village, "PLANNING", "RECTIFYING", null, 2);
        countyAdmin().header("If-Match", handed.header("ETag")).body("{}").post("/api/v1/pairings/" + next + "/end").then().statusCode(409);
        move(caseId, village, "RECTIFYING", "ACCEPTANCE", null, 3);
        move(caseId, village, "ACCEPTANCE", "CONSOLIDATING", null, 4);
        countyAdmin().header("If-Match", handed.header("ETag")).body("{\"reason\":\"验收通过，转入巩固提升\"}")
                .post("/api/v1/pairings/" + next + "/end").then().statusCode(200).body("active", equalTo(false))
                .body("endedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("coverage.contact", nullValue()).body("coverage.uncoveredSince", notNullValue());
        countyAdmin().header("If-Match", "\"1\"").body("{}").post("/api/v1/pairings/" + next + "/end").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/pairing-ended"));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.assistance",
                r -> village.equals(r.key()) && CloudEvents.header(r, "ce_type").contains("pairing"), 3);
        assertEquals(List.of("bastion.assistance.pairing-created.v1", "bastion.assistance.pairing-handed-over.v1",
                "bastion.assistance.pairing-ended.v1"), events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList(),
                "one event per change; refused requests publish nothing");
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
            assertEquals("/bastion/assistance-service", CloudEvents.header(event, "ce_source"));
        }
        assertEquals("leader-wang-401", new JsonPath(events.get(0).value()).getString("partnerAccount"));
        assertEquals("leader-zhao-401", new JsonPath(events.get(1).value()).getString("newPartnerAccount"));
        assertEquals(pairing, new JsonPath(events.get(1).value()).getString("pairingId"));
    }

    @Test
    void aRelapseCarriesThePairingsStillHelpingTheVillageOverToItsNewCase() {
        String village = "410423203404";
        String caseId = identify(village);
        String leader = registerLeader("leader-sun-404", "孙副县长");
        String unit = registerUnit("dept-edu-404", "县教育局");
        String envoy = registerEnvoy(unit, "钱进", "13612345678");
        String contact = countyAdmin().body(contact(caseId, leader)).post("/api/v1/pairings").then().statusCode(201).extract().path("id");
        String team = countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"WORK_TEAM\",\"unitId\":\"" + unit
                + "\",\"envoys\":[\"" + envoy + "\"]}").post("/api/v1/pairings").then().statusCode(201).extract().path("id");
        move(caseId, village, "IDENTIFIED", "PLANNING", null, 1);
        move(caseId, village, "PLANNING", "RECTIFYING", null, 2);
        move(caseId, village, "RECTIFYING", "ACCEPTANCE", null, 3);
        move(caseId, village, "ACCEPTANCE", "CONSOLIDATING", null, 4);
        move(caseId, village, "CONSOLIDATING", "RELAPSED", null, 5);
        // Until the new case arrives, the relapsed case takes no handover.
        String etag = countyAdmin().get("/api/v1/pairings/" + contact).header("ETag");
        countyAdmin().header("If-Match", etag).body("{\"leaderId\":\"" + registerLeader("leader-qian-404", "钱副县长")
                + "\",\"reason\":\"回潮\"}").post("/api/v1/pairings/" + contact + "/handover").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/case-closed"));

        String relapse = UUID.randomUUID().toString();
        String identified = VillageEventData.caseIdentified(relapse, village, "TEAM_INCOMPLETE")
                .replace("\"previousCaseId\":null", "\"previousCaseId\":\"" + caseId + "\"");
        publish(VillageEventData.CASE_IDENTIFIED, village, identified);
        await(relapse, "coverage.contact.id", contact);
        countyAdmin().get("/api/v1/cases/" + relapse).then().body("pairings.id", contains(contact, team))
                .body("coverage.units.form", contains("WORK_TEAM")).body("coverage.uncoveredSince", nullValue());
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("pairings", empty());
        // The same pairing goes on: the same partner, the same people, still active, and its own rules now follow the new case.
        countyAdmin().get("/api/v1/pairings/" + team).then().body("caseId", equalTo(relapse)).body("active", equalTo(true))
                .body("envoys", contains(envoy));
        countyAdmin().header("If-Match", countyAdmin().get("/api/v1/pairings/" + contact).header("ETag")).body("{}")
                .post("/api/v1/pairings/" + contact + "/end").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/not-transformed"));

        // Announced again, the new case carries nothing more.
        publish(VillageEventData.CASE_IDENTIFIED, village, identified);
        List<ConsumerRecord<String, String>> carried = CloudEvents.await("bastion.assistance", r -> village.equals(r.key())
                && CloudEvents.header(r, "ce_type").equals("bastion.assistance.pairing-carried-over.v1"), 2);
        assertEquals(2, carried.size());
        for (ConsumerRecord<String, String> event : carried) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
            assertEquals(caseId, new JsonPath(event.value()).getString("previousCaseId"));
            assertEquals(relapse, new JsonPath(event.value()).getString("caseId"));
        }
        countyAdmin().queryParam("targetKey", contact).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("pairing.carry-over"));
    }

    @Test
    void departmentsPairInTheirFormsWithThePeopleTheySend() {
        String village = "410423203403";
        String caseId = identify(village);
        String unit = registerUnit("dept-agri-403", "县农业农村局");
        String otherUnit = registerUnit("dept-water-403", "县水利局");
        String li = registerEnvoy(unit, "李明", "13812345678");
        String zhou = registerEnvoy(unit, "周强", "13912345678");
        String stranger = registerEnvoy(otherUnit, "吴刚", "13712345678");

        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"WORK_TEAM\",\"unitId\":\"" + unit + "\",\"envoys\":[\"" + li
                + "\",\"" + zhou + "\"]}").post("/api/v1/pairings").then().statusCode(201).body("envoys", contains(li, zhou));
        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"WORK_TEAM\",\"unitId\":\"" + unit + "\",\"envoys\":[\"" + li + "\"]}")
                .post("/api/v1/pairings").then().statusCode(409).body("type", equalTo("https://bastion.example/problems/pairing-exists"));
        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"FIRST_SECRETARY\",\"unitId\":\"" + unit + "\",\"envoys\":[\""
                + stranger + "\"],\"jointBranchSecretary\":true}").post("/api/v1/pairings").then().statusCode(422)
                .body("errors[0].rule", equalTo("envoy-of-unit"));
        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"FIRST_SECRETARY\",\"unitId\":\"" + unit + "\",\"envoys\":[\""
                + zhou + "\"],\"jointBranchSecretary\":true}").post("/api/v1/pairings").then().statusCode(201)
                .body("jointBranchSecretary", equalTo(true));
        countyAdmin().body("{\"caseId\":\"" + caseId + "\",\"form\":\"STATIONED_CADRE\",\"unitId\":\"" + unit + "\",\"envoys\":[\""
                + li + "\"],\"jointBranchSecretary\":true}").post("/api/v1/pairings").then().statusCode(422)
                .body("errors[0].rule", equalTo("first-secretary-only"));
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("coverage.units.form", contains("WORK_TEAM", "FIRST_SECRETARY"));
        countyAdmin().queryParam("unitId", unit).queryParam("form", "FIRST_SECRETARY").get("/api/v1/pairings").then()
                .body("items.jointBranchSecretary", contains(true));

        // The unit's appraisal: a case past its deadline, untransformed, puts the unit among those behind.
        move(caseId, village, "IDENTIFIED", "PLANNING", null, 1);
        move(caseId, village, "PLANNING", "RECTIFYING", Now.today().minusDays(10).toString(), 2);
        countyAdmin().get("/api/v1/appraisal/units/" + unit).then().statusCode(200).body("activePairings", equalTo(2))
                .body("overdue", equalTo(2)).body("byStatus.RECTIFYING", equalTo(2)).body("cases[0].daysOverdue", equalTo(10));
        countyAdmin().get("/api/v1/appraisal/units-behind").then().statusCode(200).body("items.unit.id", hasItem(unit))
                .body("items.unit.id", not(hasItem(otherUnit)));
    }
}
