package io.bastion.supervision.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.bastion.supervision.Callers.SCHEMAS;
import static io.bastion.supervision.Callers.as;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.rectifying;
import static io.bastion.supervision.Callers.township;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An unannounced inspection, its findings, and the corrections followed until the inspectors close them. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class InspectionApiTest {

    @Test
    void findingsAreCorrectedVerifiedAndClosed() {
        String village = "410423203601";
        String caseId = rectifying(village);
        LocalDate yesterday = Now.today().minusDays(1);
        String body = "{\"kind\":\"UNANNOUNCED\",\"villageCode\":\"" + village + "\",\"inspectedOn\":\"" + yesterday + "\","
                + "\"inspectors\":[\"县委组织部 刘洋\",\"县纪委 陈静\"],\"summary\":\"村室无人值班，公开栏未更新\",\"findings\":["
                + "{\"description\":\"村务公开栏三个月未更新\",\"severity\":\"SERIOUS\",\"correctionRequired\":\"本周内更新并建立台账\","
                + "\"correctionDeadline\":\"" + yesterday.plusDays(7) + "\"},"
                + "{\"description\":\"值班表缺失\",\"severity\":\"MINOR\",\"correctionRequired\":\"张贴值班表\",\"correctionDeadline\":\""
                + yesterday.minusDays(1) + "\"}]}";
        township().body(body).post("/api/v1/inspections").then().statusCode(403);
        inspector().body(body).post("/api/v1/inspections").then().statusCode(422)
                .body("errors[0].field", equalTo("findings[1].correctionDeadline")).body("errors[0].rule", equalTo("not-before-inspection"));
        String corrected = body.replace("\"correctionDeadline\":\"" + yesterday.minusDays(1) + "\"",
                "\"correctionDeadline\":\"" + yesterday + "\"");
        // A village the campaign never took up is no village to inspect here: nothing is recorded, nobody is told.
        inspector().body(corrected.replace(village, "410423203699")).post("/api/v1/inspections").then().statusCode(422)
                .body("errors[0].field", equalTo("villageCode")).body("errors[0].rule", equalTo("case-village"));
        Response recorded = inspector().body(corrected).post("/api/v1/inspections");
        recorded.then().statusCode(201).body("caseId", equalTo(caseId)).body("findings.status", contains("OPEN", "OPEN"))
                .body("findings.overdue", contains(false, true));
        String serious = recorded.path("findings[0].id");
        String minor = recorded.path("findings[1].id");

        countyAdmin().queryParam("overdue", "true").get("/api/v1/inspection-findings").then().statusCode(200)
                .body("items.id", hasItem(minor)).body("items.id", not(hasItem(serious)));

        // The township reports the correction; the inspectors send one back, then close it.
        String findings = "/api/v1/inspection-findings/";
        inspector().header("If-Match", "\"0\"").body("{\"accepted\":true}").post(findings + serious + "/verification").then().statusCode(409)
                .body("type", equalTo("https://bastion.example/problems/finding-not-corrected"));
        township().header("If-Match", "\"0\"").body("{\"note\":\"已更新公开栏\"}").post(findings + serious + "/correction").then()
                .statusCode(200).body("status", equalTo("CORRECTED"));
        township().header("If-Match", "\"1\"").body("{\"note\":\"再报\"}").post(findings + serious + "/correction").then().statusCode(409);
        inspector().header("If-Match", "\"1\"").body("{\"accepted\":false,\"note\":\"台账未建\"}").post(findings + serious + "/verification")
                .then().statusCode(200).body("status", equalTo("OPEN"));
        township().header("If-Match", "\"2\"").body("{\"note\":\"台账已建\"}").post(findings + serious + "/correction").then().statusCode(200);
        inspector().header("If-Match", "\"3\"").body("{\"accepted\":true,\"note\":\"复查合格\"}").post(findings + serious + "/verification")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        township().header("If-Match", "\"0\"").body("{}").post(findings + minor + "/correction").then().statusCode(422)
                .body("errors[0].rule", equalTo("required"));
        as("township-operator", "410423204").get(findings + minor).then().statusCode(404);

        List<ConsumerRecord<String, String>> events = CloudEvents.await("bastion.supervision",
                r -> village.equals(r.key()) && CloudEvents.header(r, "ce_type").matches(".*(inspection-recorded|correction-closed).*"), 2);
        assertEquals(List.of("bastion.supervision.inspection-recorded.v1", "bastion.supervision.correction-closed.v1"),
                events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList(), "one per change; the returned correction publishes nothing");
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), SCHEMAS.problems(CloudEvents.header(event, "ce_type"), event.value()), event.value());
        }
        assertEquals(Map.of("MINOR", 1, "SERIOUS", 1), new JsonPath(events.get(0).value()).getMap("findingsBySeverity"));
    }
}
