package io.bastion.village.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.village;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VillageApiTest {

    @BeforeEach
    void divisions() {
        Callers.ensureDivisions();
    }

    @Test
    void registerReadAndTheETag() {
        Response created = countyAdmin().body(village("410423203201", "熊背村")).post("/api/v1/villages");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/villages/410423203201"))
                .header("ETag", "\"0\"")
                .body("code", equalTo("410423203201"))
                .body("township", equalTo("410423203"))
                .body("county", equalTo("410423"))
                .body("urbanRuralClass", equalTo("220"))
                .body("createdAt", startsWith("20"))
                .body("createdAt", org.hamcrest.Matchers.endsWith("+08:00"));
        countyAdmin().get("/api/v1/villages/410423203201").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("熊背村"))
                .body("partyMembers", equalTo(47))
                .body("createdAt", equalTo(created.<String>path("createdAt")));
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflict() {
        countyAdmin().body(village("410423203202", "甲村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().body(village("410423203202", "乙村")).post("/api/v1/villages").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bastion.example/problems/village-exists"))
                .body("title", equalTo("村庄已登记"));
        countyAdmin().get("/api/v1/villages/410423203202").then().body("name", equalTo("甲村"));
    }

    @Test
    void anInvalidCodeIsExplainedInChineseOrEnglishAndCreatesNothing() {
        countyAdmin().body(village("410423203000", "无名村")).post("/api/v1/villages").then().statusCode(422)
                .contentType("application/problem+json")
                .header("Content-Language", "zh")
                .body("type", equalTo("https://bastion.example/problems/invalid-division-code"))
                .body("title", equalTo("区划代码无效"))
                .body("status", equalTo(422))
                .body("instance", equalTo("/api/v1/villages"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].rule", equalTo("village-segment-not-zero"))
                .body("errors[0].rejected", equalTo("410423203000"))
                .body("errors[0].message", equalTo("村级代码段不能为 000"));
        countyAdmin().header("Accept-Language", "en").body(village("41042320300", "x")).post("/api/v1/villages")
                .then().statusCode(422)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid division code"))
                .body("errors[0].rule", equalTo("length-12"))
                .body("errors[0].message", equalTo("A code has exactly 12 digits"));
        countyAdmin().get("/api/v1/villages/410423203000").then().statusCode(404);
    }

    @Test
    void everyBrokenRuleIsListedNotJustTheFirst() {
        String body = "{\"code\":\"410423203203\",\"name\":\" \",\"urbanRuralClass\":\"230\",\"households\":-1,"
                + "\"population\":10,\"partyMembers\":11,\"partyOrganizationForm\":\"CLUB\"}";
        countyAdmin().body(body).post("/api/v1/villages").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/invalid-village"))
                .body("errors.field", containsInAnyOrder("name", "urbanRuralClass", "households", "partyMembers", "partyOrganizationForm"))
                .body("errors.rule", containsInAnyOrder("required", "urban-rural-class", "not-negative",
                        "party-members-within-population", "one-of"));
        countyAdmin().get("/api/v1/villages/410423203203").then().statusCode(404);
    }

    @Test
    void aWeakTagNeverMatches() {
        countyAdmin().body(village("410423203227", "弱标签村")).post("/api/v1/villages").then().statusCode(201).header("ETag", "\"0\"");
        countyAdmin().header("If-Match", "W/\"0\"").delete("/api/v1/villages/410423203227").then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("https://bastion.example/problems/weak-etag"));
        countyAdmin().header("If-Match", "W/\"0\"").body("{\"households\":1}").patch("/api/v1/villages/410423203227")
                .then().statusCode(412);
        countyAdmin().get("/api/v1/villages/410423203227").then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aVillageNeedsItsTownshipRegisteredFirst() {
        countyAdmin().body(village("410423205201", "无乡村")).post("/api/v1/villages").then().statusCode(422)
                .body("errors[0].rule", equalTo("parent-exists"))
                .body("errors[0].message", equalTo("上级区划 410423205000 尚未登记，请先登记"));
    }

    @Test
    void bodiesOfTheWrongShapeAreMalformedRequests() {
        countyAdmin().body("{\"code\":\"410423203204\",\"name\":\"x\",\"urbanRuralClass\":\"220\",\"households\":\"many\"}")
                .post("/api/v1/villages").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bastion.example/problems/malformed-request"))
                .body("errors[0].field", equalTo("households"))
                .body("errors[0].rule", equalTo("type"));
        countyAdmin().body("{\"code\":\"410423203204\",\"name\":\"x\",\"urbanRuralClass\":\"220\",\"colour\":\"red\"}")
                .post("/api/v1/villages").then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-field"))
                .body("errors[0].rejected", equalTo("colour"));
        countyAdmin().body("{\"code\": ").post("/api/v1/villages").then().statusCode(400)
                .body("errors[0].rule", equalTo("json-syntax"));
        countyAdmin().contentType("text/plain").body("hello").post("/api/v1/villages").then().statusCode(415)
                .contentType("application/problem+json");
        countyAdmin().get("/api/v1/villages/410423203204").then().statusCode(404);
    }

    @Test
    void aPatchOfTheWrongShapeIsAMalformedRequestToo() {
        countyAdmin().body(village("410423203229", "形村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().header("If-Match", "\"0\"").body("{\"colour\":\"red\"}").patch("/api/v1/villages/410423203229").then()
                .statusCode(400).body("errors[0].rule", equalTo("unknown-field")).body("errors[0].rejected", equalTo("colour"));
        countyAdmin().header("If-Match", "\"0\"").body("{\"households\":\"many\"}").patch("/api/v1/villages/410423203229").then()
                .statusCode(400).body("errors[0].field", equalTo("households")).body("errors[0].rule", equalTo("type"));
        countyAdmin().get("/api/v1/villages/410423203229").then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void updatesNeedTheCurrentVersionSoNoWriteIsLost() {
        countyAdmin().body(village("410423203205", "丙村")).post("/api/v1/villages").then().statusCode(201);
        String etag = countyAdmin().get("/api/v1/villages/410423203205").header("ETag");

        countyAdmin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"households\":530,\"partyOrganizationForm\":null}")
                .patch("/api/v1/villages/410423203205").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("households", equalTo(530))
                .body("population", equalTo(2046))
                .body("partyOrganizationForm", nullValue());
        countyAdmin().header("If-Match", etag).body("{\"households\":1}")
                .patch("/api/v1/villages/410423203205").then().statusCode(412)
                .body("type", equalTo("https://bastion.example/problems/version-mismatch"))
                .body("detail", equalTo("村庄 410423203205 已被他人修改，当前为第 1 版；请重新读取后再修改"));
        countyAdmin().body("{\"households\":1}")
                .patch("/api/v1/villages/410423203205").then().statusCode(428)
                .body("type", equalTo("https://bastion.example/problems/precondition-required"));
        countyAdmin().header("If-Match", "seven").body("{\"households\":1}")
                .patch("/api/v1/villages/410423203205").then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        countyAdmin().header("If-Match", "\"1\"").body("{\"code\":\"410423203299\"}")
                .patch("/api/v1/villages/410423203205").then().statusCode(422)
                .body("errors[0].rule", equalTo("immutable"));
        countyAdmin().header("If-Match", "\"1\"").body("{\"population\":-5}")
                .patch("/api/v1/villages/410423203205").then().statusCode(422)
                .body("errors[0].rule", equalTo("not-negative"));
        countyAdmin().get("/api/v1/villages/410423203205").then()
                .header("ETag", "\"1\"").body("households", equalTo(530)).body("population", equalTo(2046));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        countyAdmin().body(village("410423203206", "丁村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().header("If-Match", "\"0\"").body("{\"name\":\"丁村\"}")
                .patch("/api/v1/villages/410423203206").then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void removalNeedsTheVersionAndLeavesATombstoneInTheChangesFeed() {
        countyAdmin().body(village("410423203207", "戊村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().delete("/api/v1/villages/410423203207").then().statusCode(428);
        // As a generated client sends it: the only answers with a body are problems.
        countyAdmin().header("If-Match", "\"0\"").accept("application/problem+json").delete("/api/v1/villages/410423203207")
                .then().statusCode(204);
        countyAdmin().get("/api/v1/villages/410423203207").then().statusCode(404)
                .body("detail", equalTo("未找到村庄 410423203207"));
        List<Object> ops = countyAdmin().get("/api/v1/villages/changes?since=0&limit=1000")
                .then().statusCode(200).extract().path("changes.findAll { it.code == '410423203207' }.op");
        assertEquals(List.of("delete"), ops, "the feed keeps only the latest state of each village");
    }

    @Test
    void anIdempotencyKeyMakesARetryCreateNothing() {
        String body = village("410423203208", "己村");
        countyAdmin().header("Idempotency-Key", "retry-208").body(body).post("/api/v1/villages").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        countyAdmin().header("Idempotency-Key", "retry-208").body(body).post("/api/v1/villages").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/villages/410423203208"))
                .header("ETag", "\"0\"")
                .body("code", equalTo("410423203208"));
        countyAdmin().header("Idempotency-Key", "retry-208").body(village("410423203209", "庚村"))
                .post("/api/v1/villages").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/idempotency-key-reused"));
        countyAdmin().get("/api/v1/villages/410423203209").then().statusCode(404);
        List<Object> audit = countyAdmin().get("/api/v1/audit?targetType=village&targetKey=410423203208")
                .then().statusCode(200).extract().path("items.action");
        assertEquals(List.of("village.register"), audit, "one registration despite the retry");
    }

    @Test
    void aFailedRequestKeepsNoIdempotencyRecordSoItsKeyCanBeRetried() {
        countyAdmin().header("Idempotency-Key", "fix-and-retry").body(village("410423203210", " "))
                .post("/api/v1/villages").then().statusCode(422);
        countyAdmin().header("Idempotency-Key", "fix-and-retry").body(village("410423203210", "辛村"))
                .post("/api/v1/villages").then().statusCode(201);
    }

    @Test
    void pagesFollowTheCodeAndAnInsertWhilePagingNeitherRepeatsNorSkips() {
        // A township of its own: other tests add villages to the shared ones.
        int status = countyAdmin().body("{\"code\":\"410423206000\",\"name\":\"分页乡\"}").post("/api/v1/divisions").statusCode();
        assertTrue(status == 201 || status == 409, "township 206: " + status);
        for (int i = 301; i <= 305; i++) {
            countyAdmin().body(village("410423206" + i, "页" + i + "村")).post("/api/v1/villages").then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        Response page = countyAdmin().get("/api/v1/villages?township=410423206&limit=2");
        page.then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue());
        seen.addAll(page.path("items.code"));
        countyAdmin().body(village("410423206300", "页300村")).post("/api/v1/villages").then().statusCode(201);
        String next = page.path("next");
        while (next != null) {
            page = countyAdmin().get(next);
            page.then().statusCode(200);
            seen.addAll(page.path("items.code"));
            next = page.path("next");
        }
        assertEquals(List.of("410423206301", "410423206302", "410423206303", "410423206304", "410423206305"), seen);
        countyAdmin().get("/api/v1/villages?township=410423206&q=303").then().body("items.code", contains("410423206303"));
        countyAdmin().get("/api/v1/villages?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        countyAdmin().get("/api/v1/villages?cursor=bm90LW91cnM").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        countyAdmin().get("/api/v1/villages?township=4104").then().statusCode(400).body("errors[0].field", equalTo("township"));
    }

    @Test
    void theChangesFeedGoesInCommitOrderFromAStoredCursor() {
        String start = countyAdmin().get("/api/v1/villages/changes?since=0&limit=1000").path("cursor");
        while (countyAdmin().get("/api/v1/villages/changes?since=" + start).<Boolean>path("more")) {
            start = countyAdmin().get("/api/v1/villages/changes?since=" + start).path("cursor");
        }
        countyAdmin().body(village("410423203211", "壬村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().header("If-Match", "\"0\"").body("{\"households\":1}").patch("/api/v1/villages/410423203211").then().statusCode(200);
        countyAdmin().body(village("410423203212", "癸村")).post("/api/v1/villages").then().statusCode(201);

        Response feed = countyAdmin().get("/api/v1/villages/changes?since=" + start + "&limit=1");
        feed.then().statusCode(200).body("changes", hasSize(1)).body("more", equalTo(true))
                .body("changes[0].op", equalTo("upsert")).body("changes[0].code", equalTo("410423203211"))
                .body("changes[0].version", equalTo(1)).body("changes[0].data.households", equalTo(1));
        countyAdmin().get("/api/v1/villages/changes?since=" + feed.path("cursor") + "&limit=10").then()
                .body("changes.code", contains("410423203212")).body("more", equalTo(false));
        countyAdmin().get("/api/v1/villages/changes?since=-3").then().statusCode(400);
    }

    @Test
    void aTownshipOperatorWorksOnlyInItsOwnTownship() {
        countyAdmin().body(village("410423204201", "外乡村")).post("/api/v1/villages").then().statusCode(201);
        var operator = Callers.townshipOperator(Callers.TOWNSHIP);
        operator.body(village("410423203213", "本乡村")).post("/api/v1/villages").then().statusCode(201);

        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/villages/410423204201").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/out-of-scope"));
        Callers.townshipOperator(Callers.TOWNSHIP).header("If-Match", "\"0\"").body("{\"households\":1}")
                .patch("/api/v1/villages/410423204201").then().statusCode(403);
        Callers.townshipOperator(Callers.TOWNSHIP).header("If-Match", "\"0\"")
                .delete("/api/v1/villages/410423204201").then().statusCode(403);
        Callers.townshipOperator(Callers.TOWNSHIP).body(village("410423204202", "越权村"))
                .post("/api/v1/villages").then().statusCode(403);
        List<String> listed = Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/villages?limit=500").path("items.code");
        assertTrue(listed.contains("410423203213"));
        assertTrue(listed.stream().allMatch(code -> code.startsWith(Callers.TOWNSHIP)), listed.toString());
        List<String> changed = Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/villages/changes?limit=1000").path("changes.code");
        assertTrue(changed.stream().allMatch(code -> code.startsWith(Callers.TOWNSHIP)), changed.toString());
        countyAdmin().get("/api/v1/villages/410423204202").then().statusCode(404);
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void rolesThatOnlyReadCannotWrite() {
        countyAdmin().body(village("410423203214", "观察村")).post("/api/v1/villages").then().statusCode(201);
        var viewer = Callers.as("city-viewer", "4104");
        viewer.get("/api/v1/villages/410423203214").then().statusCode(200);
        Callers.as("city-viewer", "4104").body(village("410423203215", "x")).post("/api/v1/villages").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/forbidden"));
        Callers.as("exchange-client", COUNTY_PREFIX).get("/api/v1/villages/changes").then().statusCode(200);
        Callers.as("exchange-client", COUNTY_PREFIX).get("/api/v1/villages").then().statusCode(200);
        Callers.as("exchange-client", COUNTY_PREFIX).body(village("410423203215", "x")).post("/api/v1/villages").then().statusCode(403);
        // A county leader reaches only its paired villages; any other is, to it, not there.
        Callers.as("county-leader", COUNTY_PREFIX).get("/api/v1/villages/410423203214").then().statusCode(404);
        Callers.as("county-admin", "").get("/api/v1/villages").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/no-division-claim"));
    }

    private static final String COUNTY_PREFIX = Callers.COUNTY;

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        given().get("/api/v1/villages").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://bastion.example/problems/unauthorized"));
        given().auth().oauth2("not.a.token").get("/api/v1/villages").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void oversizeBodiesAreRefusedInTheSameShape() {
        String big = "{\"code\":\"410423203217\",\"name\":\"" + "大".repeat(400_000) + "\",\"urbanRuralClass\":\"220\"}";
        countyAdmin().body(big).post("/api/v1/villages").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bastion.example/problems/payload-too-large"));
        countyAdmin().get("/api/v1/villages/410423203217").then().statusCode(404);
    }

    @Test
    void aBulkImportOverTheServersLimitIsRefusedBeforeItIsSentInTheSameShape() throws Exception {
        // The server answers as soon as it sees the declared length; a client still sending would only
        // see its connection closed, so this one sends the headers alone and reads the answer.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/villages/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept-Language: en\r\nContent-Type: text/csv\r\nContent-Length: " + (5 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"title\":\"Payload too large\""), answer);
            assertTrue(answer.contains("\"instance\":\"/api/v1/villages/import\""), answer);
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheSameShape() {
        countyAdmin().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json");
        countyAdmin().put("/api/v1/villages/410423203201").then().statusCode(405).contentType("application/problem+json");
        countyAdmin().get("/api/v1/villages/not-a-code").then().statusCode(404)
                .body("type", equalTo("https://bastion.example/problems/not-found"));
    }

    @Test
    void everyWriteIsAuditedWithWhoWhatAndWhichRequest() {
        countyAdmin().header("X-Request-Id", "req-216").body(village("410423203216", "审计村")).post("/api/v1/villages")
                .then().statusCode(201);
        countyAdmin().header("If-Match", "\"0\"").body("{\"population\":3000}").patch("/api/v1/villages/410423203216")
                .then().statusCode(200);
        Response audit = countyAdmin().get("/api/v1/audit?targetType=village&targetKey=410423203216");
        audit.then().statusCode(200)
                .body("items.action", contains("village.revise", "village.register"))
                .body("items[1].actor", equalTo("county-admin@410423"))
                .body("items[1].roles", contains("county-admin"))
                .body("items[1].requestId", equalTo("req-216"))
                .body("items[1].details.name", equalTo("审计村"))
                .body("items[0].details.population", equalTo(3000));
        assertNotNull(audit.path("items[0].at"));
    }

    @Test
    void divisionsAreRegisteredByCountyAdminsAndCheckedLikeVillages() {
        countyAdmin().get("/api/v1/divisions?parent=410423000000").then().statusCode(200)
                .body("items.code", hasItem("410423203000"));
        countyAdmin().body("{\"code\":\"410423203201\",\"name\":\"村\"}").post("/api/v1/divisions").then().statusCode(422)
                .body("errors[0].rule", equalTo("county-or-township-level"));
        countyAdmin().body("{\"code\":\"410499100000\",\"name\":\"别县之镇\"}").post("/api/v1/divisions").then().statusCode(403)
                .body("type", equalTo("https://bastion.example/problems/out-of-scope"));
        Callers.townshipOperator(Callers.TOWNSHIP).body("{\"code\":\"410423206000\",\"name\":\"x\"}")
                .post("/api/v1/divisions").then().statusCode(403);
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/divisions/410423204000").then().statusCode(200)
                .body("level", equalTo("TOWNSHIP")).body("parentCode", equalTo("410423000000"));
        countyAdmin().get("/api/v1/divisions/410423209000").then().statusCode(404);
        countyAdmin().get("/api/v1/divisions").then().body("items.code", contains("410423000000"))
                .body("items.level", not(hasItem("TOWNSHIP")));
    }
}
