package io.bastion.village.api;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.bastion.village.Callers.countyAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CodeTableImportTest {

    private static final String TABLE = "code,name,urbanRuralClass\n"
            + "410423208201,码表一村,220\n"
            + "410423000000,鲁山县,\n"
            + "410423208000,码表乡,\n"
            + "410423208202,码表二村,112\n"
            + "410423208000,重复乡,\n"
            + "41042320800,坏代码,\n"
            + "410423209201,无乡村,220\n"
            + "410522000000,外县,\n";

    @BeforeEach
    void county() {
        Callers.ensureDivisions();
    }

    private static Response importTable(String csv, boolean dryRun) {
        return countyAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/divisions/import?dryRun=" + dryRun);
    }

    @Test
    void theTableRegistersParentsFirstAndADryRunLeavesNothingBehind() {
        importTable(TABLE, true).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("received", equalTo(8))
                .body("divisions.created", equalTo(1))
                .body("divisions.unchanged", equalTo(1))
                .body("villages.created", equalTo(2))
                .body("rejectedCount", equalTo(4))
                .body("rejected.line", contains(6, 7, 8, 9))
                .body("rejected.errors.rule.flatten()", contains("duplicate-in-file", "length-12", "parent-exists", "out-of-scope"));
        countyAdmin().get("/api/v1/divisions/410423208000").then().statusCode(404);
        countyAdmin().get("/api/v1/villages/410423208201").then().statusCode(404);

        importTable(TABLE, false).then().statusCode(200).body("divisions.created", equalTo(1)).body("villages.created", equalTo(2));
        countyAdmin().get("/api/v1/divisions/410423208000").then().statusCode(200).body("name", equalTo("码表乡"));
        countyAdmin().get("/api/v1/villages/410423208202").then().statusCode(200).body("urbanRuralClass", equalTo("112"));
    }

    @Test
    void renamesComeThroughAndAVillageKeepsItsOtherFigures() {
        importTable("code,name,urbanRuralClass\n410423210000,旧名乡,\n", false).then().statusCode(200);
        countyAdmin().body("{\"code\":\"410423210201\",\"name\":\"旧名村\",\"urbanRuralClass\":\"220\",\"households\":99}")
                .post("/api/v1/villages").then().statusCode(201);
        importTable("code,name,urbanRuralClass\n410423210000,新名乡,\n410423210201,新名村,210\n", false).then().statusCode(200)
                .body("divisions.updated", equalTo(1))
                .body("villages.updated", equalTo(1));
        countyAdmin().get("/api/v1/divisions/410423210000").then().body("name", equalTo("新名乡")).body("version", equalTo(1));
        countyAdmin().get("/api/v1/villages/410423210201").then()
                .body("name", equalTo("新名村")).body("urbanRuralClass", equalTo("210")).body("households", equalTo(99));
        importTable("code,name,urbanRuralClass\n410423210000,新名乡,\n410423210201,新名村,210\n", false).then()
                .body("divisions.unchanged", equalTo(1)).body("villages.unchanged", equalTo(1));

        // The township's registration and its renaming are announced, each once, with the version it made.
        List<ConsumerRecord<String, String>> announced = CloudEvents.await("bastion.village", r -> "410423210000".equals(r.key())
                && CloudEvents.header(r, "ce_type").equals("bastion.village.division-changed.v1"), 2);
        assertEquals(List.of("旧名乡 0", "新名乡 1"), announced.stream().map(r -> new JsonPath(r.value()))
                .map(j -> j.getString("name") + " " + j.getInt("version")).toList());
        for (ConsumerRecord<String, String> event : announced) {
            assertEquals(List.of(), EventSchemas.load(Path.of("")).problems("bastion.village.division-changed.v1", event.value()));
        }
    }

    @Test
    void onlyCountyAdminsImportTheTableAndABrokenFileChangesNothing() {
        Callers.townshipOperator(Callers.TOWNSHIP).contentType("text/csv").body("code,name\n")
                .post("/api/v1/divisions/import").then().statusCode(403);
        importTable("code,name,urbanRuralClass\n410423211000,好乡,\n410423211201,\"坏村,220\n", false).then().statusCode(400)
                .body("errors[0].rule", equalTo("csv-syntax"));
        countyAdmin().get("/api/v1/divisions/410423211000").then().statusCode(404);
        importTable("code,level\n", false).then().statusCode(400);
    }
}
