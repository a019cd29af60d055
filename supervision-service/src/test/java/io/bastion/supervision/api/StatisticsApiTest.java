package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.platform.domain.Now;
import io.bastion.supervision.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the county counts, from the other services' events and this service's own records, in one
 * township: each figure equals what its records add up to, a redelivered event counts once, a
 * village without a case does not count, and the stage report links every number to its records.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class StatisticsApiTest {

    private static final String TOWNSHIP = "410423211";
    private static final String A = TOWNSHIP + "201";
    private static final String B = TOWNSHIP + "202";
    private static final String NO_CASE = TOWNSHIP + "299";
    private static final String TODAY = Now.today().toString();
    private static final String FROM = Now.today().getYear() - 1 + "-01-01";

    private static RequestSpecification operator() {
        return Callers.as("township-operator", TOWNSHIP);
    }

    @Test
    void everyFigureIsTheSumOfTheRecordsBehindIt() {
        String caseA = UUID.randomUUID().toString();
        String caseB = UUID.randomUUID().toString();
        village(VillageEventData.CASE_IDENTIFIED, A, VillageEventData.caseIdentified(caseA, A, "TEAM_INCOMPLETE"));
        village(VillageEventData.CASE_UPDATED, A, VillageEventData.caseUpdated(caseA, A, "IDENTIFIED", "CITY_B", 1, "TEAM_INCOMPLETE"));
        village(VillageEventData.CASE_IDENTIFIED, B, VillageEventData.caseIdentified(caseB, B, "NO_VENUE"));
        village(VillageEventData.CASE_UPDATED, B, VillageEventData.caseUpdated(caseB, B, "IDENTIFIED", "COUNTY_C", 1, "NO_VENUE"));
        String secretary = UUID.randomUUID().toString();
        String appointed = member(secretary, A, "SECRETARY", "FROM_OTHER_VILLAGE", TODAY, null, 0);
        village("bastion.village.team-member-changed.v1", A, appointed);
        village("bastion.village.team-member-changed.v1", A, appointed);
        village("bastion.village.team-member-changed.v1", A, member(UUID.randomUUID().toString(), A, "MEMBER", "FROM_VILLAGE",
                "2019-03-01", TODAY, 1).replace("\"leavingReason\":null", "\"leavingReason\":\"ADJUSTED\""));
        village("bastion.village.team-member-changed.v1", NO_CASE, member(UUID.randomUUID().toString(), NO_CASE, "SECRETARY",
                "FROM_VILLAGE", TODAY, null, 0));
        int year = Now.today().getYear();
        village("bastion.village.indicators-recorded.v1", A, indicators(A, year - 1, "0", false, 0));
        village("bastion.village.indicators-recorded.v1", A, indicators(A, year, "6.5", true, 0));
        String leader = UUID.randomUUID().toString();
        assistance("bastion.assistance.pairing-created.v1", A, pairing(caseA, A, "COUNTY_LEADER_CONTACT", "LEADER", leader, 0));
        assistance("bastion.assistance.pairing-created.v1", B, pairing(caseB, B, "COUNTY_LEADER_CONTACT", "LEADER", leader, 0));
        assistance("bastion.assistance.pairing-created.v1", A, pairing(caseA, A, "WORK_TEAM", "UNIT", UUID.randomUUID().toString(), 3));
        assistance("bastion.assistance.support-recorded.v1", A, help("ROAD", A, "LEADER", ",\"lengthKm\":2.5,\"amount\":30"));
        assistance("bastion.assistance.visit-logged.v1", A, help("VISIT", A, "LEADER", ""));
        assistance("bastion.assistance.training-held.v1", TOWNSHIP, help("TRAINING", null, "UNIT", ",\"sessions\":2,\"peopleTrained\":40"));
        inspector().body("{\"kind\":\"UNANNOUNCED\",\"villageCode\":\"" + A + "\",\"inspectedOn\":\"" + TODAY + "\",\"inspectors\":[\"刘洋\"],"
                + "\"summary\":\"暗访\",\"findings\":[{\"description\":\"制度不上墙\",\"severity\":\"MINOR\",\"correctionRequired\":\"公开制度\","
                + "\"correctionDeadline\":\"" + Now.today().plusDays(10) + "\"}]}").post("/api/v1/inspections").then().statusCode(201);

        Map<String, Object> expected = Map.ofEntries(Map.entry("cases-identified", 2), Map.entry("talks-held", 6),
                Map.entry("suggestions-collected", 10), Map.entry("secretaries-appointed", 1), Map.entry("cadres-adjusted", 1),
                Map.entry("members-appointed", 0), Map.entry("party-members-developed", 2), Map.entry("venues-built", 1),
                Map.entry("venue-area", 120.5f), Map.entry("villages-audited", 1), Map.entry("rules-established", 3),
                Map.entry("backward-to-advanced", 1), Map.entry("income-zero-to-five", 1), Map.entry("leader-contacts", 1),
                Map.entry("department-pairings", 1), Map.entry("envoys-sent", 3), Map.entry("road-km", 2.5f), Map.entry("road-funds", 30),
                Map.entry("road-villages", 1), Map.entry("leader-visits", 1), Map.entry("training-sessions", 2),
                Map.entry("cadres-trained", 40), Map.entry("inspections", 1), Map.entry("inspection-findings", 1));
        JsonPath stats = awaitFigures(expected);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), value(stats, e.getKey()), e.getKey());
        }
        assertEquals(Map.of("CITY_B", 1, "COUNTY_C", 1), stats.getMap("figures.find { it.key == 'cases-identified' }.byNote"));
        assertEquals(Map.of("FROM_OTHER_VILLAGE", 1), stats.getMap("figures.find { it.key == 'secretaries-appointed' }.byNote"));
        assertEquals("谈心谈话", stats.getString("figures.find { it.key == 'talks-held' }.label"));
        // B never recorded its campaign year: the yearly figures say they leave it out instead of reading 0 for it.
        assertEquals(1, stats.getInt("yearsNotRecorded.count"));
        assertEquals(List.of(B), stats.getList("yearsNotRecorded.first.villageCode"));
        assertEquals(1, stats.getInt("figures.find { it.key == 'party-members-developed' }.villagesNotReported"));
        assertNull(stats.get("figures.find { it.key == 'talks-held' }.villagesNotReported"));

        // The records behind a figure add up to it, and a note picks its share.
        List<Float> talks = records("talks-held", null).getList("items.quantity", Float.class);
        assertEquals(6f, talks.stream().reduce(0f, Float::sum));
        operator().queryParams(range()).queryParam("note", "CITY_B").get("/api/v1/statistics/cases-identified/records").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].sourceId", equalTo(caseA)).body("items[0].villageCode", equalTo(A));
        JsonPath leaders = records("leader-contacts", null);
        assertEquals(2, leaders.getList("items").size(), "two pairings, one leader: the figure counts the leader once");
        assertEquals(List.of(leader, leader), leaders.getList("items.subject"));
        operator().queryParams(range()).queryParam("limit", "1").get("/api/v1/statistics/talks-held/records").then().statusCode(200)
                .body("items", hasSize(1)).body("next", containsString("cursor="));

        // A range before anything happened counts nothing; a figure without facts is zero.
        operator().queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("/api/v1/statistics").then().statusCode(200)
                .body("figures.find { it.key == 'talks-held' }.value", equalTo(0));

        // The stage report carries the same numbers, each linking to its records.
        String markdown = operator().queryParams(range()).accept("text/markdown").get("/api/v1/stage-report").then().statusCode(200)
                .header("Content-Type", startsWith("text/markdown")).extract().asString();
        assertTrue(markdown.startsWith("# 软弱涣散村党组织整顿工作阶段报告"), markdown);
        assertTrue(markdown.contains("另有 1 村次尚未填报整顿年度的村级数据"), markdown);
        assertTrue(markdown.contains("## 一、主要做法") && markdown.contains("## 二、取得的成效"), markdown);
        assertTrue(markdown.contains("谈心谈话[**6**](/api/v1/statistics/talks-held/records?from=" + FROM + "&to=" + TODAY + "&township="
                + TOWNSHIP + ") 次"), markdown);
        assertTrue(markdown.contains("县级（C类）重点联系村[**1**](/api/v1/statistics/cases-identified/records?from=" + FROM + "&to=" + TODAY
                + "&township=" + TOWNSHIP + "&note=COUNTY_C) 个"), markdown);
        String html = operator().queryParams(range()).accept("text/html").get("/api/v1/stage-report").then().statusCode(200)
                .header("Content-Type", startsWith("text/html")).extract().asString();
        assertTrue(html.contains("<a href=\"/api/v1/statistics/road-km/records?from=" + FROM + "&amp;to=" + TODAY + "&amp;township="
                + TOWNSHIP + "\"><strong>2.5</strong></a> 公里"), html);
    }

    @Test
    void aHandoverEndsTheOldPairingsCountAndStartsTheNewOnesWithThePeopleItSends() {
        String township = "410423217";
        String village = township + "201";
        String caseId = UUID.randomUUID().toString();
        village(VillageEventData.CASE_IDENTIFIED, village, VillageEventData.caseIdentified(caseId, village, "TEAM_INCOMPLETE"));
        LocalDate started = Now.today().minusDays(30);
        LocalDate handedOver = Now.today().minusDays(10);
        String oldLeader = UUID.randomUUID().toString();
        String newLeader = UUID.randomUUID().toString();
        String contact = pairing(caseId, village, "COUNTY_LEADER_CONTACT", "LEADER", oldLeader, 0).replace(TODAY, started.toString());
        String team = pairing(caseId, village, "WORK_TEAM", "UNIT", UUID.randomUUID().toString(), 3).replace(TODAY, started.toString());
        assistance("bastion.assistance.pairing-created.v1", village, contact);
        assistance("bastion.assistance.pairing-created.v1", village, team);
        // The ended pairing's version is 1: handing over ended it (version 0 was its creation).
        assistance("bastion.assistance.pairing-handed-over.v1", village, handover(new JsonPath(contact).getString("pairingId"), caseId,
                village, "COUNTY_LEADER_CONTACT", "LEADER", newLeader, 0, handedOver));
        assistance("bastion.assistance.pairing-handed-over.v1", village, handover(new JsonPath(team).getString("pairingId"), caseId,
                village, "WORK_TEAM", "UNIT", UUID.randomUUID().toString(), 2, handedOver));

        Supplier<RequestSpecification> operator = () -> Callers.as("township-operator", township);
        // After the handover only the new partners count, with the people the new team sends.
        Map<String, Object> after = Map.of("leader-contacts", 1, "department-pairings", 1, "envoys-sent", 2);
        JsonPath stats = awaitFigures(operator, handedOver.plusDays(1), Now.today(), after);
        after.forEach((key, value) -> assertEquals(value, value(stats, key), key));
        operator.get().queryParam("from", handedOver.plusDays(1).toString()).queryParam("to", TODAY)
                .get("/api/v1/statistics/leader-contacts/records").then().statusCode(200).body("items.subject", equalTo(List.of(newLeader)));
        // Before it, only the old ones did.
        Map<String, Object> before = Map.of("leader-contacts", 1, "department-pairings", 1, "envoys-sent", 3);
        JsonPath earlier = awaitFigures(operator, started, handedOver.minusDays(1), before);
        before.forEach((key, value) -> assertEquals(value, value(earlier, key), key));
    }

    @Test
    void aCorrectedHelpRecordCountsAsCorrectedAndAVoidedOneNotAtAll() {
        String township = "410423218";
        String village = township + "201";
        village(VillageEventData.CASE_IDENTIFIED, village,
                VillageEventData.caseIdentified(UUID.randomUUID().toString(), village, "TEAM_INCOMPLETE"));
        String recorded = help("ROAD", village, "UNIT", ",\"lengthKm\":6.5,\"amount\":80").replace(TOWNSHIP, township);
        String corrected = recorded.replace("6.5", "5.5").replace(":80", ":60").replace("\"version\":0", "\"version\":1");
        assistance("bastion.assistance.support-recorded.v1", village, recorded);
        assistance("bastion.assistance.help-corrected.v1", village, corrected);
        // The record as first told, delivered again late, changes nothing.
        assistance("bastion.assistance.support-recorded.v1", village, recorded);
        Supplier<RequestSpecification> operator = () -> Callers.as("township-operator", township);
        Map<String, Object> afterCorrection = Map.of("road-km", 5.5f, "road-funds", 60, "road-villages", 1);
        JsonPath stats = awaitFigures(operator, LocalDate.parse(FROM), Now.today(), afterCorrection);
        afterCorrection.forEach((key, value) -> assertEquals(value, value(stats, key), key));

        String helpId = new JsonPath(recorded).getString("helpId");
        assistance("bastion.assistance.help-voided.v1", village, "{\"helpId\":\"" + helpId + "\",\"kind\":\"ROAD\",\"villageCode\":\""
                + village + "\",\"townshipCode\":\"" + township + "\",\"voidedOn\":\"" + TODAY + "\",\"version\":2}");
        Map<String, Object> afterVoiding = Map.of("road-km", 0, "road-funds", 0, "road-villages", 0);
        JsonPath voided = awaitFigures(operator, LocalDate.parse(FROM), Now.today(), afterVoiding);
        afterVoiding.forEach((key, value) -> assertEquals(value, value(voided, key), key));
    }

    @Test
    void aRangeIsCheckedAndKeptToTheCallersDivision() {
        operator().get("/api/v1/statistics").then().statusCode(400)
                .body("errors.field", equalTo(List.of("from", "to")));
        operator().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get("/api/v1/stage-report").then().statusCode(400)
                .body("errors[0].rule", equalTo("not-before-from"));
        operator().queryParam("from", "2026-13-01").queryParam("to", "2026-11-01").get("/api/v1/statistics").then().statusCode(400)
                .body("errors[0].rule", equalTo("date"));
        operator().queryParams(range()).get("/api/v1/statistics/no-such-figure/records").then().statusCode(404);
        operator().queryParams(range()).queryParam("township", "410423203").get("/api/v1/statistics").then().statusCode(403);
        countyAdmin().queryParams(range()).queryParam("township", "4104232").get("/api/v1/statistics").then().statusCode(400);
    }

    private static Map<String, String> range() {
        return Map.of("from", FROM, "to", TODAY);
    }

    private static JsonPath records(String figure, String note) {
        var request = operator().queryParams(range());
        if (note != null) {
            request.queryParam("note", note);
        }
        return request.get("/api/v1/statistics/" + figure + "/records").then().statusCode(200).extract().jsonPath();
    }

    private static Object value(JsonPath stats, String key) {
        return stats.get("figures.find { it.key == '" + key + "' }.value");
    }

    private static JsonPath awaitFigures(Map<String, Object> expected) {
        return awaitFigures(StatisticsApiTest::operator, LocalDate.parse(FROM), Now.today(), expected);
    }

    private static JsonPath awaitFigures(Supplier<RequestSpecification> caller, LocalDate from, LocalDate to, Map<String, Object> expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath stats = null;
        while (Instant.now().isBefore(deadline)) {
            stats = caller.get().queryParam("from", from.toString()).queryParam("to", to.toString()).get("/api/v1/statistics").then()
                    .statusCode(200).extract().jsonPath();
            JsonPath current = stats;
            if (expected.entrySet().stream().allMatch(e -> e.getValue().equals(value(current, e.getKey())))) {
                return stats;
            }
        }
        return stats;
    }

    private static void village(String type, String key, String data) {
        assertEquals(List.of(), SCHEMAS.problems(type, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.village", type, key, data);
    }

    private static void assistance(String type, String key, String data) {
        assertEquals(List.of(), SCHEMAS.problems(type, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.assistance", type, key, data);
    }

    private static String member(String id, String village, String role, String source, String started, String ended, int version) {
        return "{\"memberId\":\"" + id + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9)
                + "\",\"role\":\"" + role + "\",\"committee\":\"PARTY_BRANCH\",\"appointmentSource\":\"" + source
                + "\",\"incumbent\":false,\"startedOn\":\""
                + started + "\",\"endedOn\":" + (ended == null ? "null" : "\"" + ended + "\"") + ",\"leavingReason\":null,\"voided\":false,\"version\":"
                + version + "}";
    }

    private static String indicators(String village, int year, String income, boolean built, int version) {
        return "{\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9) + "\",\"year\":" + year
                + ",\"partyMembersDeveloped\":" + (built ? 2 : 0) + ",\"activistsDeveloped\":0,\"venueBuilt\":" + built
                + ",\"venueAreaM2\":" + (built ? "120.5" : "null") + ",\"venueInvestment\":" + (built ? "12" : "null")
                + ",\"collectiveIncome\":" + income + ",\"backwardToAdvanced\":" + built + ",\"financiallyAudited\":" + built
                + ",\"rulesEstablished\":" + (built ? 3 : 0) + ",\"version\":" + version + "}";
    }

    private static String pairing(String caseId, String village, String form, String partnerKind, String partnerId, int envoys) {
        return "{\"pairingId\":\"" + UUID.randomUUID() + "\",\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village
                + "\",\"townshipCode\":\"" + village.substring(0, 9) + "\",\"form\":\"" + form + "\",\"partnerAccount\":\"acct-" + partnerId
                + "\",\"partnerKind\":\"" + partnerKind + "\",\"partnerId\":\"" + partnerId + "\",\"envoys\":" + envoys
                + ",\"jointBranchSecretary\":false,\"startedOn\":\"" + TODAY + "\",\"version\":0}";
    }

    private static String handover(String pairingId, String caseId, String village, String form, String partnerKind, String partnerId,
                                   int envoys, LocalDate on) {
        return "{\"pairingId\":\"" + pairingId + "\",\"previousVersion\":1,\"newPairingId\":\"" + UUID.randomUUID()
                + "\",\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\",\"townshipCode\":\"" + village.substring(0, 9)
                + "\",\"form\":\"" + form + "\",\"previousPartnerAccount\":\"acct-old\",\"newPartnerAccount\":\"acct-" + partnerId
                + "\",\"newPartnerKind\":\"" + partnerKind + "\",\"newPartnerId\":\"" + partnerId + "\",\"envoys\":" + envoys
                + ",\"jointBranchSecretary\":false,\"handedOverOn\":\"" + on + "\",\"reason\":\"工作调整\",\"version\":0}";
    }

    private static String help(String kind, String village, String giverKind, String figures) {
        return "{\"helpId\":\"" + UUID.randomUUID() + "\",\"kind\":\"" + kind + "\",\"villageCode\":" + (village == null ? "null"
                : "\"" + village + "\"") + ",\"townshipCode\":\"" + TOWNSHIP + "\",\"giverKind\":\"" + giverKind + "\",\"giverId\":\""
                + UUID.randomUUID() + "\",\"date\":\"" + TODAY + "\",\"title\":\"帮扶\"" + figures + ",\"version\":0}";
    }
}
