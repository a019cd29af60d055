package io.bastion.village.api;

import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.TopicRecords;
import io.bastion.platform.domain.Now;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class TeamApiTest {

    /** Valid 18-digit numbers (GB 11643 check character), none of a real person. */
    static final String ID_1 = "410423198001011238";
    static final String ID_2 = "11010519491231002X";
    static final String ID_3 = "410423198002021235";

    @BeforeEach
    void villages() {
        Callers.ensureDivisions();
        int status = countyAdmin().body("{\"code\":\"410423207000\",\"name\":\"班子乡\"}").post("/api/v1/divisions").statusCode();
        assertFalse(status != 201 && status != 409, "township 207: " + status);
    }

    static String member(String name, String id, String phone, String role, String committee, String source, String unit, String started) {
        return "{\"name\":\"" + name + "\",\"idCardNumber\":" + quote(id) + ",\"phone\":" + quote(phone) + ",\"role\":\"" + role
                + "\",\"committee\":" + quote(committee) + ",\"appointmentSource\":\"" + source + "\",\"appointingUnit\":" + quote(unit)
                + ",\"startedOn\":\"" + started + "\"}";
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void secretariesComeOneAtATimeAndTheCountsFollowFiguresMd() {
        // 2024 is this test's alone: the others record their members in 2025.
        ensureVillage("410423207201", "班子一村");
        ensureVillage("410423207202", "班子二村");
        // The secretary in office when the campaign began, entered so a successor can take over: no appointment.
        String incumbent = member("张三", ID_1, "13812345678", "SECRETARY", null, "FROM_VILLAGE", null, "2024-02-01")
                .replaceFirst("}$", ",\"incumbent\":true}");
        String first = countyAdmin().body(incumbent).post("/api/v1/villages/410423207201/team").then().statusCode(201)
                .body("committee", equalTo("PARTY_BRANCH")).body("idCardNumber", equalTo(ID_1)).body("inOffice", equalTo(true))
                .body("incumbent", equalTo(true)).extract().path("id");
        countyAdmin().body(member("李四", null, null, "SECRETARY", null, "SENT_BY_AGENCY", "县农业农村局", "2024-06-01"))
                .post("/api/v1/villages/410423207201/team").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/secretary-in-office"));
        countyAdmin().header("If-Match", "\"0\"").body("{\"endedOn\":\"2024-05-31\",\"leavingReason\":\"ADJUSTED\",\"leavingNote\":\"不胜任\"}")
                .patch("/api/v1/villages/410423207201/team/" + first).then().statusCode(200)
                .header("ETag", "\"1\"").body("inOffice", equalTo(false));
        countyAdmin().body(member("李四", null, null, "SECRETARY", null, "SENT_BY_AGENCY", "县农业农村局", "2024-06-01"))
                .post("/api/v1/villages/410423207201/team").then().statusCode(201);
        countyAdmin().body(member("王五", null, null, "MEMBER", "VILLAGERS_COMMITTEE", "FROM_OTHER_VILLAGE", null, "2024-07-01"))
                .post("/api/v1/villages/410423207202/team").then().statusCode(201);
        countyAdmin().body(member("赵六", null, null, "RESERVE_CADRE", null, "FROM_VILLAGE", null, "2024-08-01"))
                .post("/api/v1/villages/410423207202/team").then().statusCode(201);
        countyAdmin().body(member("钱七", null, null, "MEMBER", "PARTY_BRANCH", "FROM_VILLAGE", null, "2023-08-01"))
                .post("/api/v1/villages/410423207202/team").then().statusCode(201);
        countyAdmin().body(member("孙八", null, null, "DEPUTY_SECRETARY", "PARTY_BRANCH", "FROM_OTHER_VILLAGE", null, "2024-09-01"))
                .post("/api/v1/villages/410423207202/team").then().statusCode(201);

        countyAdmin().get("/api/v1/teams/counts?from=2024-01-01&to=2024-12-31&township=410423207").then().statusCode(200)
                .body("newSecretaries.total", equalTo(1))
                .body("newSecretaries.bySource.FROM_VILLAGE", equalTo(0))
                .body("newSecretaries.bySource.SENT_BY_AGENCY", equalTo(1))
                // The Party branch's deputy, not the villagers' committee member, the secretaries or the member of 2023.
                .body("newMembers.total", equalTo(1))
                .body("newMembers.bySource.FROM_OTHER_VILLAGE", equalTo(1))
                .body("adjusted", equalTo(1))
                .body("reserveCadres", equalTo(1));
        countyAdmin().get("/api/v1/teams/counts?from=2024-06-01&to=2024-06-30&township=410423207").then()
                .body("newSecretaries.total", equalTo(1)).body("adjusted", equalTo(0));
        countyAdmin().get("/api/v1/teams/counts?from=2024-12-31&to=2024-01-01").then().statusCode(422);
        countyAdmin().get("/api/v1/teams/counts?from=yesterday&to=2024-01-01").then().statusCode(400);
        countyAdmin().get("/api/v1/villages/410423207201/team").then().statusCode(200)
                .body("name", contains("李四", "张三")).body("inOffice", contains(true, false));
        countyAdmin().get("/api/v1/villages/410423207201/team?inOffice=true").then().body("name", contains("李四"));
    }

    @Test
    void aPersonIsSecretaryOfOneVillageAndTheNumberIsStoredInUpperCase() {
        ensureVillage("410423207211", "书记一村");
        ensureVillage("410423207212", "书记二村");
        String lower = "11010519500101104x";
        countyAdmin().body(member("孙九", lower, null, "SECRETARY", null, "FROM_VILLAGE", null, "2025-03-01"))
                .post("/api/v1/villages/410423207211/team").then().statusCode(201)
                .body("idCardNumber", equalTo("11010519500101104X"));
        countyAdmin().body(member("孙九", "11010519500101104X", null, "SECRETARY", null, "FROM_OTHER_VILLAGE", null, "2025-04-01"))
                .post("/api/v1/villages/410423207212/team").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/secretary-elsewhere"))
                .body("detail", org.hamcrest.Matchers.containsString("410423207211"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("11010519500101104X")));
        countyAdmin().body(member("孙九", "11010519500101104X", null, "MEMBER", "VILLAGERS_COMMITTEE", "FROM_OTHER_VILLAGE", null,
                "2025-04-01")).post("/api/v1/villages/410423207212/team").then().statusCode(201);
    }

    @Test
    void personalDataIsMaskedForThoseWhoMayNotSeeIt() {
        ensureVillage("410423207203", "隐私村");
        countyAdmin().body(member("孙八", ID_2, "13912345678", "DEPUTY_SECRETARY", null, "FROM_VILLAGE", null, "2025-03-01"))
                .post("/api/v1/villages/410423207203/team").then().statusCode(201);
        Callers.as("city-viewer", "4104").get("/api/v1/villages/410423207203/team").then().statusCode(200)
                .body("[0].idCardNumber", equalTo("110105********002X"))
                .body("[0].phone", equalTo("139****5678"))
                .body("[0].name", equalTo("孙八"));
        countyAdmin().get("/api/v1/villages/410423207203/team").then().body("[0].idCardNumber", equalTo(ID_2));
        Callers.townshipOperator("410423207").get("/api/v1/villages/410423207203/team").then().body("[0].phone", equalTo("13912345678"));
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/villages/410423207203/team").then().statusCode(403);
        Callers.townshipOperator(Callers.TOWNSHIP).body(member("x", null, null, "MEMBER", "PARTY_BRANCH", "FROM_VILLAGE", null, "2025-01-01"))
                .post("/api/v1/villages/410423207203/team").then().statusCode(403);
        // The audit trail keeps who was appointed, and the numbers masked even for the county admin.
        countyAdmin().queryParam("targetType", "team-member").get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.details.name == '孙八' }[0].details.idCardNumber", equalTo("110105********002X"))
                .body("items.findAll { it.details.name == '孙八' }[0].details.phone", equalTo("139****5678"))
                .body("items.findAll { it.details.name == '孙八' }[0].division", equalTo("410423207203"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(ID_2)));
    }

    @Test
    void everyRuleIsCheckedAndRejectedPersonalDataIsNotEchoed() {
        ensureVillage("410423207204", "规则班子村");
        countyAdmin().body("{\"name\":\"\",\"idCardNumber\":\"410423198001011239\",\"phone\":\"12345\",\"role\":\"RESERVE_CADRE\","
                        + "\"committee\":\"PARTY_BRANCH\",\"appointmentSource\":\"SENT_BY_ENTERPRISE\",\"startedOn\":\"2025-05-01\","
                        + "\"endedOn\":\"2025-04-01\",\"leavingReason\":\"BORED\"}")
                .post("/api/v1/villages/410423207204/team").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/invalid-team-member"))
                .body("errors.rule", containsInAnyOrder("required", "id-card-number", "phone", "reserve-cadre-on-no-committee",
                        "required-when-sent", "not-before-start", "one-of"))
                .body(not(containsString("410423198001011239")));
        countyAdmin().body(member("周九", null, null, "MEMBER", null, "FROM_VILLAGE", null, Now.today().plusDays(30).toString()))
                .post("/api/v1/villages/410423207204/team").then().statusCode(422)
                .body("errors.rule", containsInAnyOrder("required", "not-in-the-future"));
        countyAdmin().get("/api/v1/villages/410423207204/team").then().body("$", org.hamcrest.Matchers.hasSize(0));
        countyAdmin().get("/api/v1/villages/410423299999/team").then().statusCode(404);
    }

    @Test
    void aTenureEnteredByMistakeIsVoidedAndCountsAsNothing() {
        // 2023 is this test's alone.
        ensureVillage("410423207206", "作废班子村");
        String team = "/api/v1/villages/410423207206/team";
        String wrong = countyAdmin().body(member("错录", null, null, "SECRETARY", null, "FROM_VILLAGE", null, "2023-03-01")).post(team)
                .then().statusCode(201).extract().path("id");
        countyAdmin().body(member("周九", null, null, "MEMBER", "PARTY_BRANCH", "FROM_VILLAGE", null, "2023-04-01")).post(team)
                .then().statusCode(201);
        countyAdmin().get("/api/v1/teams/counts?from=2023-01-01&to=2023-12-31&township=410423207").then()
                .body("newSecretaries.total", equalTo(1)).body("newMembers.total", equalTo(1));

        countyAdmin().header("If-Match", "\"0\"").body("{}").post(team + "/" + wrong + "/void").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        countyAdmin().body("{\"reason\":\"录错了村\"}").post(team + "/" + wrong + "/void").then().statusCode(428);
        countyAdmin().header("If-Match", "\"0\"").body("{\"reason\":\"录错了村\"}").post(team + "/" + wrong + "/void").then()
                .statusCode(200).header("ETag", "\"1\"").body("inOffice", equalTo(false)).body("voidReason", equalTo("录错了村"))
                .body("voidedOn", notNullValue());
        countyAdmin().header("If-Match", "\"1\"").body("{\"phone\":\"13812345678\"}").patch(team + "/" + wrong).then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/team-member-voided"));
        // The seat it held is free, and it counts as nothing.
        countyAdmin().body(member("郑十", null, null, "SECRETARY", null, "FROM_VILLAGE", null, "2023-05-01")).post(team)
                .then().statusCode(201);
        countyAdmin().get("/api/v1/teams/counts?from=2023-01-01&to=2023-12-31&township=410423207").then()
                .body("newSecretaries.total", equalTo(1)).body("newMembers.total", equalTo(1));
        countyAdmin().get(team + "?inOffice=true").then().body("name", containsInAnyOrder("郑十", "周九"));
        countyAdmin().get("/api/v1/audit?targetType=team-member&targetKey=" + wrong).then()
                .body("items.action", hasItem("team.void"));
    }

    @Test
    void aTeamChangeIsPublishedWithoutPersonalData() {
        ensureVillage("410423207205", "事件班子村");
        countyAdmin().body(member("吴十", ID_3, "13812345678", "SECRETARY", null, "FROM_VILLAGE", null, "2025-04-01"))
                .post("/api/v1/villages/410423207205/team").then().statusCode(201);
        Instant deadline = Instant.now().plusSeconds(30);
        List<ConsumerRecord<String, String>> events = List.of();
        while (events.isEmpty() && Instant.now().isBefore(deadline)) {
            events = TopicRecords.readAll(TestInfrastructure.shared().kafka.bootstrapServers(), "bastion.village").stream()
                    .filter(r -> "410423207205".equals(r.key()))
                    .filter(r -> "bastion.village.team-member-changed.v1".equals(
                            new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)))
                    .toList();
        }
        if (events.isEmpty()) {
            fail("no team-member-changed event within 30 s");
        }
        String value = events.get(0).value();
        assertEquals(List.of(), EventSchemas.load(Path.of("")).problems("bastion.village.team-member-changed.v1", value), value);
        assertFalse(value.contains("吴十") || value.contains(ID_3) || value.contains("13812345678"), value);
    }
}
