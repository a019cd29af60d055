package io.bastion.village.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.bastion.devstack.infra.CloudEvents;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bastion.village.Callers.caseOf;
import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseApiTest {

    @BeforeEach
    void divisions() {
        Callers.ensureDivisions();
    }

    static Response open(String villageCode, String... categories) {
        ensureVillage(villageCode, "案件村" + villageCode.substring(9));
        return countyAdmin().body(caseOf(villageCode, categories)).post("/api/v1/cases");
    }

    /** Moves the case as the service that decides the move would (see {@link Callers#moveAsDecided}). */
    static void move(String id, String to, String deadline) {
        Callers.moveAsDecided(id, to, deadline);
    }

    @Test
    void aVillageIsIdentifiedWithItsCategoriesGradeAndScreeningCounts() {
        Response created = open("410423203301");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("IDENTIFIED"))
                .body("villageCode", equalTo("410423203301"))
                .body("township", equalTo("410423203"))
                .body("categories", contains("TEAM_INCOMPLETE", "DISCLOSURE_CHAOS"))
                .body("grade", equalTo("CITY_B"))
                .body("hardCase", equalTo(true))
                .body("talksHeld", equalTo(12))
                .body("allowedTransitions", contains("PLANNING"));
        String id = created.path("id");
        countyAdmin().get("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("IDENTIFIED")).body("[0].from", nullValue())
                .body("[0].actor", equalTo("county-admin@410423"));
        open("410423203301").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/open-case-exists"))
                .body("detail", startsWith("村 410423203301 已有未结案件 " + id));
    }

    @Test
    void everyIdentificationRuleIsCheckedAtOnce() {
        ensureVillage("410423203302", "规则村");
        countyAdmin().body("{\"villageCode\":\"410423203302\",\"campaignYear\":1999,\"categories\":[\"FOO\",\"OTHER\",\"OTHER\"],"
                        + "\"basis\":\"\",\"source\":\"RUMOUR\",\"talksHeld\":-1,\"hardCaseFlags\":[\"LAZY\"],\"grade\":\"A\"}")
                .post("/api/v1/cases").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/invalid-case"))
                .body("errors.rule", containsInAnyOrder("range", "unknown-category", "duplicate",
                        "required-with-other", "required", "one-of", "one-of", "one-of", "not-negative"));
        countyAdmin().body(caseOf("410423203399")).post("/api/v1/cases").then().statusCode(422)
                .body("errors[0].rule", equalTo("registered"));
        countyAdmin().body("{}").post("/api/v1/cases").then().statusCode(422)
                .body("errors.field", hasItem("villageCode")).body("errors.field", hasItem("campaignYear"))
                .body("errors.field", hasItem("categories"));
        for (int implausible : new int[]{2014, Now.today().getYear() + 2}) {
            countyAdmin().body(caseOf("410423203302").replace("2026", String.valueOf(implausible))).post("/api/v1/cases").then()
                    .statusCode(422).body("errors.rule", hasItem("range"));
        }
        countyAdmin().body(caseOf("410423203302", "OTHER")).post("/api/v1/cases").then().statusCode(422)
                .body("errors[0].field", equalTo("otherBasis"))
                .body("errors[0].message", equalTo("选择“其他”时须写明依据"));
        countyAdmin().get("/api/v1/cases?township=410423203&limit=500").then()
                .body("items.villageCode", not(hasItem("410423203302")));
    }

    @Test
    void aCountyExtendsTheCatalogueForOneYear() {
        countyAdmin().get("/api/v1/campaigns/2026/categories").then().statusCode(200)
                .body("findAll { it.national }", hasSize(14))
                .body("[0].code", equalTo("TEAM_INCOMPLETE"))
                .body("[0].name", equalTo("班子配备不齐、书记长期缺职、工作处于停滞状态"));
        countyAdmin().body("{\"code\":\"LAND_DISPUTES\",\"name\":\"土地纠纷突出\",\"nameEn\":\"Land disputes\"}")
                .post("/api/v1/campaigns/2026/categories").then().statusCode(201).body("national", equalTo(false));
        countyAdmin().body("{\"code\":\"LAND_DISPUTES\",\"name\":\"x\",\"nameEn\":\"x\"}")
                .post("/api/v1/campaigns/2026/categories").then().statusCode(409);
        countyAdmin().body("{\"code\":\"TEAM_INCOMPLETE\",\"name\":\"x\",\"nameEn\":\"x\"}")
                .post("/api/v1/campaigns/2027/categories").then().statusCode(409);
        countyAdmin().body("{\"code\":\"land\",\"name\":\"\"}")
                .post("/api/v1/campaigns/2026/categories").then().statusCode(422)
                .body("errors.rule", containsInAnyOrder("category-code", "required", "required"));
        Callers.townshipOperator(Callers.TOWNSHIP).body("{\"code\":\"X_Y\",\"name\":\"x\",\"nameEn\":\"x\"}")
                .post("/api/v1/campaigns/2026/categories").then().statusCode(403);
        open("410423203303", "LAND_DISPUTES").then().statusCode(201).body("categories", contains("LAND_DISPUTES"));
        ensureVillage("410423203304", "往年村");
        countyAdmin().body(caseOf("410423203304", "LAND_DISPUTES").replace("2026", "2025")).post("/api/v1/cases")
                .then().statusCode(422).body("errors[0].rule", equalTo("unknown-category"));
        countyAdmin().get("/api/v1/campaigns/1800/categories").then().statusCode(400);
    }

    @Test
    void aCaseMovesOnlyWhenTheStepThatDecidesTheMoveIsRecorded() {
        String id = open("410423203305").then().statusCode(201).extract().path("id");
        countyAdmin().body("{\"to\":\"RECTIFYING\",\"reason\":\"skip\"}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/illegal-transition"))
                .body("allowed", contains("PLANNING"))
                .body("detail", equalTo("案件不能从 IDENTIFIED 转到 RECTIFYING；当前可转到：[PLANNING]"));
        countyAdmin().body("{\"to\":\"PLANNING\"}").post("/api/v1/cases/" + id + "/transitions").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/decided-elsewhere"))
                .body("detail", equalTo("案件从 IDENTIFIED 到 PLANNING 由 plan-service 的 POST /api/v1/plans 决定，不能手工转移"));
        Callers.townshipOperator(Callers.TOWNSHIP).body("{\"to\":\"PLANNING\"}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(403);
        move(id, "PLANNING", null);
        move(id, "RECTIFYING", null);
        move(id, "ACCEPTANCE", null);
        String deadline = Now.today().plusMonths(3).toString();
        move(id, "RECTIFYING", deadline);
        countyAdmin().get("/api/v1/cases/" + id).then().body("rectifyDeadline", equalTo(deadline));
        move(id, "ACCEPTANCE", null);
        move(id, "CONSOLIDATING", null);
        // Written off the day its acceptance passed, by hand: the consolidation period is supervision-service's to judge.
        countyAdmin().header("Accept-Language", "en").body("{\"to\":\"WRITTEN_OFF\"}").post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(409).body("detail", equalTo("A case moves from CONSOLIDATING to WRITTEN_OFF when supervision-service "
                        + "records POST /api/v1/write-offs; it cannot be moved by hand"));
        countyAdmin().get("/api/v1/cases/" + id).then().body("status", equalTo("CONSOLIDATING"));
        move(id, "WRITTEN_OFF", null);
        countyAdmin().get("/api/v1/cases/" + id).then().body("allowedTransitions", hasSize(0));
        countyAdmin().get("/api/v1/cases/" + id + "/transitions").then()
                .body("to", contains("IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "RECTIFYING", "ACCEPTANCE",
                        "CONSOLIDATING", "WRITTEN_OFF"))
                .body("[4].deadline", equalTo(deadline));
        open("410423203305").then().statusCode(201).body("status", equalTo("IDENTIFIED"));
    }

    @Test
    void aRelapseEndsTheOldCaseAndOpensALinkedOne() {
        String id = open("410423203306").then().statusCode(201).extract().path("id");
        countyAdmin().body("{\"basis\":\"还早\"}").post("/api/v1/cases/" + id + "/relapses").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/relapse-not-possible"));
        for (String to : List.of("PLANNING", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING")) {
            move(id, to, null);
        }
        String body = "{\"categories\":[\"TEAM_DISUNITED\"],\"basis\":\"回头看发现班子内耗\"}";
        Response relapse = countyAdmin().header("Idempotency-Key", "relapse-" + id).body(body).post("/api/v1/cases/" + id + "/relapses");
        relapse.then().statusCode(201)
                .body("status", equalTo("IDENTIFIED"))
                .body("previousCaseId", equalTo(id))
                .body("source", equalTo("FOLLOW_UP_VISIT"))
                .body("categories", contains("TEAM_DISUNITED"))
                .body("grade", equalTo("CITY_B"))
                .body("campaignYear", equalTo(Now.today().getYear()));
        countyAdmin().get("/api/v1/cases/" + id).then().body("status", equalTo("RELAPSED"));
        // A retry after a lost answer gets the same new case, not a second one.
        countyAdmin().header("Idempotency-Key", "relapse-" + id).body(body).post("/api/v1/cases/" + id + "/relapses").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(relapse.path("id")));
    }

    @Test
    void identificationCanBeCorrectedButNotItsVillageOrYear() {
        String id = open("410423203307").then().statusCode(201).extract().path("id");
        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"COUNTY_C\",\"hardCaseFlags\":[]}")
                .patch("/api/v1/cases/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("grade", equalTo("COUNTY_C")).body("hardCase", equalTo(false));
        countyAdmin().header("If-Match", "\"1\"").body("{\"villageCode\":\"410423203308\",\"campaignYear\":2025}")
                .patch("/api/v1/cases/" + id).then().statusCode(422)
                .body("errors.rule", contains("immutable", "immutable"));
        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"NONE\"}").patch("/api/v1/cases/" + id).then().statusCode(412);
        countyAdmin().header("If-Match", "\"1\"").body("{\"grade\":\"COUNTY_C\"}").patch("/api/v1/cases/" + id).then()
                .statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aCountyRecordsTheDayACaseWasIdentifiedBeforeItUsedBastion() {
        String village = "410423203315";
        ensureVillage(village, "旧案村");
        String early = caseOf(village).replace("\"grade\":\"CITY_B\"", "\"grade\":\"CITY_B\",\"identifiedOn\":\"2026-02-10\"");
        countyAdmin().body(early.replace("2026-02-10", Now.today().plusDays(1).toString())).post("/api/v1/cases").then()
                .statusCode(422).body("errors[0].field", equalTo("identifiedOn")).body("errors[0].rule", equalTo("not-in-the-future"));
        countyAdmin().body(early.replace("2026-02-10", "2024-12-31")).post("/api/v1/cases").then().statusCode(422)
                .body("errors[0].rule", equalTo("in-campaign"));
        String id = countyAdmin().body(early).post("/api/v1/cases").then().statusCode(201).body("identifiedOn", equalTo("2026-02-10"))
                .extract().path("id");
        countyAdmin().header("If-Match", "\"0\"").body("{\"identifiedOn\":\"2026-01-20\"}").patch("/api/v1/cases/" + id).then()
                .statusCode(200).body("identifiedOn", equalTo("2026-01-20"));
        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.village", r -> village.equals(r.key())
                && CloudEvents.header(r, "ce_type").startsWith("bastion.village.case-"), 2);
        assertEquals(List.of("2026-02-10", "2026-01-20"), events.stream().map(r -> new JsonPath(r.value()).getString("identifiedOn")).toList());
        // Entered without a day, a case was identified the day it was entered.
        open("410423203316").then().statusCode(201).body("identifiedOn", equalTo(Now.today().toString()));
    }

    @Test
    void listsFilterByStatusGradeCategoryYearAndScope() {
        open("410423203309", "NO_VENUE").then().statusCode(201);
        String other = open("410423204309", "NO_VENUE").then().statusCode(201).extract().path("id");
        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"COUNTY_C\"}").patch("/api/v1/cases/" + other).then().statusCode(200);
        countyAdmin().get("/api/v1/cases?category=NO_VENUE&year=2026").then().statusCode(200)
                .body("items.villageCode", contains("410423203309", "410423204309"));
        countyAdmin().get("/api/v1/cases?category=NO_VENUE&grade=COUNTY_C").then().body("items.villageCode", contains("410423204309"));
        countyAdmin().get("/api/v1/cases?category=NO_VENUE&township=410423204&status=IDENTIFIED").then()
                .body("items.villageCode", contains("410423204309"));
        countyAdmin().get("/api/v1/cases?category=NO_VENUE&year=2025").then().body("items", hasSize(0));
        countyAdmin().get("/api/v1/cases?category=NO_VENUE&limit=1").then().body("items", hasSize(1))
                .body("next", org.hamcrest.Matchers.notNullValue());
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/cases?limit=500").then()
                .body("items.township", everyItem(equalTo(Callers.TOWNSHIP)));
        // Another township's case is, to a township operator, not there.
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/cases/" + other).then().statusCode(404);
        Callers.townshipOperator(Callers.TOWNSHIP).body(caseOf("410423204310")).post("/api/v1/cases").then().statusCode(403);
        countyAdmin().get("/api/v1/cases?status=DONE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        countyAdmin().get("/api/v1/cases/not-a-uuid").then().statusCode(404);
    }

    @Test
    void villagesAreFilteredByTheirCasesAndShowTheLatestCase() {
        open("410423203312", "VILLAGE_TYRANT").then().statusCode(201);
        ensureVillage("410423203313", "无案件村");
        countyAdmin().get("/api/v1/villages?status=IDENTIFIED&category=VILLAGE_TYRANT&grade=CITY_B&year=2026").then().statusCode(200)
                .body("items.code", contains("410423203312"))
                .body("items[0].status", equalTo("IDENTIFIED"))
                .body("items[0].grade", equalTo("CITY_B"))
                .body("items[0].campaignYear", equalTo(2026));
        countyAdmin().get("/api/v1/villages?category=VILLAGE_TYRANT&year=2025").then().body("items", hasSize(0));
        countyAdmin().get("/api/v1/villages/410423203313").then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("status")));
        countyAdmin().get("/api/v1/villages?status=FINE").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void theVillagesFeedCarriesEveryChangeOfTheVillagesCase() {
        String village = "410423203314";
        ensureVillage(village, "动态村");
        String start = feedEnd();
        String id = open(village).then().statusCode(201).extract().path("id");
        Response identified = countyAdmin().get("/api/v1/villages/changes?since=" + start);
        identified.then().statusCode(200).body("changes.code", contains(village)).body("changes[0].version", equalTo(0))
                .body("changes[0].data.caseId", equalTo(id)).body("changes[0].data.status", equalTo("IDENTIFIED"))
                .body("changes[0].data.caseVersion", equalTo(0));

        countyAdmin().header("If-Match", "\"0\"").body("{\"grade\":\"COUNTY_C\"}").patch("/api/v1/cases/" + id).then().statusCode(200);
        countyAdmin().get("/api/v1/villages/changes?since=" + identified.path("cursor")).then().body("changes.code", contains(village))
                .body("changes[0].data.grade", equalTo("COUNTY_C")).body("changes[0].version", equalTo(0));

        String beforeMove = feedEnd();
        move(id, "PLANNING", null);
        countyAdmin().get("/api/v1/villages/changes?since=" + beforeMove).then().body("changes.code", contains(village))
                .body("changes[0].data.status", equalTo("PLANNING")).body("changes[0].data.caseVersion", equalTo(2));
        // The feed keeps each village once, at its latest change; its register entry's ETag did not move.
        List<String> all = countyAdmin().get("/api/v1/villages/changes?since=" + start).path("changes.code");
        assertEquals(1, all.stream().filter(village::equals).count());
        countyAdmin().get("/api/v1/villages/" + village).then().header("ETag", "\"0\"");
    }

    private static String feedEnd() {
        Response page = countyAdmin().get("/api/v1/villages/changes?since=0&limit=1000");
        while (page.<Boolean>path("more")) {
            page = countyAdmin().get("/api/v1/villages/changes?limit=1000&since=" + page.path("cursor"));
        }
        return page.path("cursor");
    }

    @Test
    void aVillageWithCasesStaysOnTheRegister() {
        open("410423203311").then().statusCode(201);
        String etag = countyAdmin().get("/api/v1/villages/410423203311").header("ETag");
        countyAdmin().header("If-Match", etag).delete("/api/v1/villages/410423203311").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/village-has-cases"));
        assertEquals(200, countyAdmin().get("/api/v1/villages/410423203311").statusCode());
    }
}
