package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.supervision.Callers;
import io.bastion.supervision.domain.ReportWeek;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.countyAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bulletin for two weeks in which one township reported every week (late) and another not at all:
 * ranked and named from the records, edited as a draft, published once, then unchangeable, and
 * every township told.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class BulletinApiTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String DILIGENT = "410423213";
    private static final String SILENT = "410423212";

    private static RequestSpecification operator(String township) {
        return Callers.as("township-operator", township);
    }

    @Test
    void generatedEditedPublishedOnceAndToldToEveryTownship() {
        ReportWeek first = ReportWeek.of(LocalDate.now(COUNTY).minusWeeks(2));
        ReportWeek second = first.next();
        Instant since = first.start(COUNTY).minusDays(3).toInstant();
        String diligent = rectifyingSince(DILIGENT + "201", since);
        rectifyingSince(SILENT + "201", since);
        for (ReportWeek week : List.of(first, second)) {
            operator(DILIGENT).body("{\"caseId\":\"" + diligent + "\",\"week\":\"" + week + "\",\"progress\":\"班子配齐\","
                    + "\"nextSteps\":\"培训\",\"attachments\":[]}").post("/api/v1/weekly-reports").then().statusCode(201);
        }
        LocalDate from = first.monday();
        LocalDate to = second.monday().plusDays(6);
        // The townships' names come from village-service; a late, older one changes nothing.
        for (String[] named : new String[][]{{SILENT, "让河乡", "1"}, {DILIGENT, "辛集乡", "0"}, {SILENT, "旧让河乡", "0"}}) {
            String data = VillageEventData.divisionChanged(named[0], named[1], Integer.parseInt(named[2]));
            assertEquals(List.of(), SCHEMAS.problems(VillageEventData.DIVISION_CHANGED, data));
            CloudEvents.publish("bastion.village", VillageEventData.DIVISION_CHANGED, named[0] + "000", data);
        }
        awaitName(DILIGENT, "辛集乡");
        awaitName(SILENT, "让河乡");

        countyAdmin().body("{\"from\":\"" + to + "\",\"to\":\"" + from + "\"}").post("/api/v1/bulletins").then().statusCode(422)
                .body("type", equalTo("https://bastion.example/problems/invalid-bulletin")).body("errors[0].rule", equalTo("not-before-from"));
        countyAdmin().body("{\"from\":\"" + from + "\",\"to\":\"" + LocalDate.now(COUNTY).plusDays(7) + "\"}").post("/api/v1/bulletins")
                .then().statusCode(422).body("errors[0].rule", equalTo("not-in-the-future"));
        operator(SILENT).body("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}").post("/api/v1/bulletins").then().statusCode(403);

        Response draft = countyAdmin().body("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}").post("/api/v1/bulletins");
        draft.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("DRAFT"));
        String id = draft.path("id");
        JsonPath content = draft.jsonPath();
        Map<String, Object> good = content.getMap("content.ranking.find { it.townshipCode == '" + DILIGENT + "' }");
        Map<String, Object> bad = content.getMap("content.ranking.find { it.townshipCode == '" + SILENT + "' }");
        assertEquals(2, good.get("reportsExpected"));
        assertEquals(2, good.get("reportsLate"));
        assertEquals(0, good.get("reportsMissing"));
        assertEquals(2, bad.get("reportsMissing"));
        assertTrue((Integer) good.get("rank") < (Integer) bad.get("rank"), "all reports in ranks above none in");
        assertTrue(content.getList("content.praised.code").contains(DILIGENT));
        assertEquals("周报逾期未报 2 份", content.getString("content.criticized.find { it.code == '" + SILENT + "' }.reason"));
        assertEquals("让河乡", content.getString("content.criticized.find { it.code == '" + SILENT + "' }.name"));
        assertEquals("辛集乡", good.get("townshipName"));
        assertEquals("测试村201", content.getString("content.criticized.find { it.code == '" + SILENT + "201' }.name"));

        // A draft is the county's until it is published.
        operator(SILENT).get("/api/v1/bulletins/" + id).then().statusCode(404);
        operator(SILENT).get("/api/v1/bulletins").then().statusCode(200).body("items.id", not(hasItem(id)));

        String edit = "{\"preface\":\"现将近两周整顿工作进展通报如下。\",\"praised\":[{\"kind\":\"TOWNSHIP\",\"code\":\"" + DILIGENT
                + "\",\"name\":\"辛集乡\",\"reason\":\"周报按周报送\"}]}";
        countyAdmin().body(edit).patch("/api/v1/bulletins/" + id).then().statusCode(428);
        countyAdmin().header("If-Match", "\"3\"").body(edit).patch("/api/v1/bulletins/" + id).then().statusCode(412);
        countyAdmin().header("If-Match", "\"0\"").body("{\"praised\":[{\"kind\":\"CITY\",\"code\":\"1\",\"name\":\"\",\"reason\":\"好\"}]}")
                .patch("/api/v1/bulletins/" + id).then().statusCode(422).body("errors.rule", equalTo(List.of("one-of", "required")));
        countyAdmin().header("If-Match", "\"0\"").body(edit).patch("/api/v1/bulletins/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("content.praised.name", equalTo(List.of("辛集乡")));
        String markdown = countyAdmin().accept("text/markdown").get("/api/v1/bulletins/" + id).then().statusCode(200).extract().asString();
        assertTrue(markdown.contains("现将近两周整顿工作进展通报如下。") && markdown.contains("## 三、通报表扬")
                && markdown.contains("| 乡镇 | 辛集乡 | " + DILIGENT + " | 周报按周报送 |"), markdown);

        countyAdmin().header("If-Match", "\"1\"").post("/api/v1/bulletins/" + id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("county-admin@410423"));
        countyAdmin().header("If-Match", "\"2\"").post("/api/v1/bulletins/" + id + "/publication").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/bulletin-published"));
        countyAdmin().header("If-Match", "\"2\"").body("{\"title\":\"改\"}").patch("/api/v1/bulletins/" + id).then().statusCode(409);

        // Every township ranked is told, and reads the bulletin exactly as published.
        String published = operator(SILENT).accept("text/markdown").get("/api/v1/bulletins/" + id).then().statusCode(200).extract().asString();
        assertEquals(markdown, published);
        operator(SILENT).accept("text/html").get("/api/v1/bulletins/" + id).then().statusCode(200)
                .body(containsString("<th>名次</th>"));
        operator(SILENT).queryParam("kind", "bulletin-published").get("/api/v1/notifications").then().statusCode(200)
                .body("items.reference", hasItem(id)).body("items[0].body", containsString("排名第 " + bad.get("rank")));
        operator(DILIGENT).queryParam("kind", "bulletin-published").get("/api/v1/notifications").then().statusCode(200)
                .body("items.reference", hasItem(id));
        countyAdmin().queryParam("kind", "bulletin-published-county").get("/api/v1/notifications").then().statusCode(200)
                .body("items.reference", hasItem(id))
                .body("items.find { it.reference == '" + id + "' }.body", containsString("个乡镇作了排名"))
                .body("items.find { it.reference == '" + id + "' }.body", not(containsString("排名第")));

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.supervision", r -> r.value().contains(id)
                && CloudEvents.header(r, "ce_type").equals("bastion.supervision.bulletin-published.v1"), 1);
        assertEquals(1, events.size(), "published once");
        assertEquals(List.of(), SCHEMAS.problems("bastion.supervision.bulletin-published.v1", events.get(0).value()));
        countyAdmin().queryParam("from", LocalDate.now(COUNTY).toString()).queryParam("to", LocalDate.now(COUNTY).toString())
                .get("/api/v1/statistics/bulletins-published/records").then().statusCode(200).body("items.sourceId", hasItem(id));
    }

    /** Waits until the township's name has reached this service: its stage report is headed with it. */
    private static void awaitName(String township, String name) {
        Instant deadline = Instant.now().plusSeconds(30);
        String report = "";
        while (Instant.now().isBefore(deadline) && !report.contains("范围：" + name + "（" + township + "）")) {
            report = operator(township).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").accept("text/markdown")
                    .get("/api/v1/stage-report").then().statusCode(200).extract().asString();
        }
        assertTrue(report.contains("范围：" + name + "（" + township + "）"), report);
    }

    /** A city-B case that entered rectification at {@code since}, as village-service announced it then. */
    private static String rectifyingSince(String village, Instant since) {
        String caseId = UUID.randomUUID().toString();
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, village,
                VillageEventData.caseIdentified(caseId, village, "TEAM_INCOMPLETE"));
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "IDENTIFIED", "PLANNING", null, 1), since.minusSeconds(3600));
        CloudEvents.publish("bastion.village", UUID.randomUUID().toString(), VillageEventData.CASE_STATUS_CHANGED, village,
                VillageEventData.caseStatusChanged(caseId, village, "PLANNING", "RECTIFYING", null, 2), since);
        Callers.awaitStatus(caseId, "RECTIFYING");
        return caseId;
    }
}
