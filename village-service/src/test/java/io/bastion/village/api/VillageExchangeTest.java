package io.bastion.village.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.bastion.village.Callers.countyAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VillageExchangeTest {

    private static final String HEADER = "code,name,urbanRuralClass,households,population,partyMembers,partyOrganizationForm\n";

    @BeforeEach
    void divisions() {
        Callers.ensureDivisions();
    }

    private static Response importCsv(String csv, boolean dryRun) {
        return countyAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/villages/import?dryRun=" + dryRun);
    }

    @Test
    void aDryRunChecksEveryLineAndWritesNothingThenTheRealRunImportsTheGoodLines() {
        String csv = HEADER
                + "410423204351,导入一村,220,100,400,12,BRANCH\n"
                + "410423204352,导入二村,220,,,,\n"
                + "410423204000,无效村,220,1,1,1,\n"
                + "410423204353,类型村,220,many,400,12,BRANCH\n"
                + "410423205351,无乡村,220,1,1,1,\n"
                + "410423204351,重复村,220,1,1,1,\n"
                + "410423204354,导入四村,122,3,9,2,COMMITTEE\n";
        importCsv(csv, true).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("received", equalTo(7))
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("rejectedCount", equalTo(4))
                .body("rejected.line", contains(4, 5, 6, 7))
                .body("rejected[0].code", equalTo("410423204000"))
                .body("rejected[0].errors[0].rule", equalTo("village-segment-not-zero"))
                .body("rejected[0].errors[0].message", equalTo("村级代码段不能为 000"))
                .body("rejected[1].errors[0].field", equalTo("households"))
                .body("rejected[1].errors[0].rule", equalTo("type"))
                .body("rejected[2].errors[0].rule", equalTo("parent-exists"))
                .body("rejected[3].errors[0].rule", equalTo("duplicate-in-file"));
        countyAdmin().get("/api/v1/villages/410423204351").then().statusCode(404);

        importCsv(csv, false).then().statusCode(200).body("dryRun", equalTo(false)).body("created", equalTo(3));
        countyAdmin().get("/api/v1/villages/410423204351").then().statusCode(200)
                .body("name", equalTo("导入一村")).body("partyMembers", equalTo(12));
        countyAdmin().get("/api/v1/villages/410423204352").then().statusCode(200).body("households", equalTo(null));

        importCsv(HEADER + "410423204351,导入一村,220,100,400,12,BRANCH\n410423204352,导入二村改,220,,,,\n", false)
                .then().statusCode(200).body("unchanged", equalTo(1)).body("updated", equalTo(1));
        countyAdmin().get("/api/v1/villages/410423204352").then().header("ETag", "\"1\"").body("name", equalTo("导入二村改"));
        List<String> actions = countyAdmin().get("/api/v1/audit?targetType=village&targetKey=*").path("items.action");
        assertTrue(actions.contains("village.import"), actions.toString());
    }

    @Test
    void aFileThatCannotBeReadChangesNothing() {
        importCsv(HEADER + "410423204361,好村,220,1,1,1,BRANCH\n410423204362,\"坏村,220,1,1,1,BRANCH\n", false)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("csv-syntax"));
        importCsv(HEADER + "410423204363,多列村,220,1,1,1,BRANCH,extra\n", false).then().statusCode(400)
                .body("errors[0].rule", equalTo("csv-syntax"))
                .body("errors[0].field", equalTo("line 2"));
        importCsv("code,name,urbanRuralClass,colour\n410423204364,色村,220,red\n", false).then().statusCode(400)
                .body("errors[0].rule", equalTo("unknown-field")).body("errors[0].rejected", equalTo("colour"));
        importCsv("code,name\n410423204365,缺列村\n", false).then().statusCode(400)
                .body("errors[0].rule", equalTo("missing-column"));
        countyAdmin().contentType("application/x-ndjson")
                .body("{\"code\":\"410423204366\",\"name\":\"好村\",\"urbanRuralClass\":\"220\"}\nnot json\n")
                .post("/api/v1/villages/import").then().statusCode(400)
                .body("errors[0].field", equalTo("line 2")).body("errors[0].rule", equalTo("json-syntax"));
        for (String code : List.of("410423204361", "410423204363", "410423204364", "410423204365", "410423204366")) {
            countyAdmin().get("/api/v1/villages/" + code).then().statusCode(404);
        }
        countyAdmin().contentType("application/json").body("{}").post("/api/v1/villages/import").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void ndjsonGbkAndAByteOrderMarkAreRead() {
        countyAdmin().contentType("application/x-ndjson")
                .body("{\"code\":\"410423204371\",\"name\":\"行村\",\"urbanRuralClass\":\"220\",\"households\":7}\n\n"
                        + "{\"code\":\"410423204372\",\"name\":\"行二村\",\"urbanRuralClass\":\"220\",\"colour\":\"red\"}\n")
                .post("/api/v1/villages/import").then().statusCode(200)
                .body("created", equalTo(1))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].errors[0].rule", equalTo("unknown-field"));
        countyAdmin().get("/api/v1/villages/410423204371").then().body("households", equalTo(7));

        countyAdmin().contentType("text/csv; charset=GBK")
                .body((HEADER + "410423204373,国标村,220,1,2,1,BRANCH\n").getBytes(Charset.forName("GBK")))
                .post("/api/v1/villages/import").then().statusCode(200).body("created", equalTo(1));
        countyAdmin().get("/api/v1/villages/410423204373").then().body("name", equalTo("国标村"));

        byte[] text = (HEADER + "410423204374,签名村,220,1,2,1,BRANCH\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);
        countyAdmin().contentType("text/csv").body(withBom).post("/api/v1/villages/import").then().statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void aTownshipOperatorImportsOnlyItsOwnVillages() {
        Callers.townshipOperator(Callers.TOWNSHIP).contentType("text/csv")
                .body(HEADER + "410423203381,本乡导入村,220,1,1,1,\n410423204381,外乡导入村,220,1,1,1,\n")
                .post("/api/v1/villages/import").then().statusCode(200)
                .body("created", equalTo(1))
                .body("rejected[0].code", equalTo("410423204381"))
                .body("rejected[0].errors[0].rule", equalTo("out-of-scope"));
        Callers.as("city-viewer", "4104").contentType("text/csv").body(HEADER)
                .post("/api/v1/villages/import").then().statusCode(403);
    }

    @Test
    void anExportCanBeImportedAgainUnchanged() {
        importCsv(HEADER + "410423204391,出口一村,220,10,40,3,BRANCH\n410423204392,\"出口,二村\",112,,,,\n", false)
                .then().statusCode(200);
        String csv = countyAdmin().accept("text/csv").get("/api/v1/villages/export").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("code,name,urbanRuralClass,households,population,partyMembers,partyOrganizationForm,township,county,version,updatedAt"), csv);
        assertTrue(csv.contains("410423204392,\"出口,二村\",112,,,,,410423204,410423,0,"), csv);
        Response again = importCsv(csv, true);
        again.then().statusCode(200).body("rejectedCount", equalTo(0)).body("created", equalTo(0)).body("updated", equalTo(0));
        assertEquals(again.<Integer>path("received"), again.<Integer>path("unchanged"));

        String ndjson = Callers.as("exchange-client", Callers.COUNTY).accept("application/x-ndjson")
                .get("/api/v1/villages/export").then().statusCode(200).extract().asString();
        assertTrue(ndjson.lines().anyMatch(line -> line.contains("\"code\":\"410423204391\"") && line.contains("\"name\":\"出口一村\"")), ndjson);
        countyAdmin().get("/api/v1/villages/export?format=xml").then().statusCode(400);
        Callers.townshipOperator(Callers.TOWNSHIP).get("/api/v1/villages/export?format=ndjson").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("\"410423204391\"")));
    }

    @Test
    void anImportPublishesOneEventPerVillageItChanged() {
        importCsv(HEADER + "410423204395,事件一村,220,1,1,1,\n410423204396,事件二村,220,1,1,1,\n", false).then().statusCode(200)
                .body("created", equalTo(2));
        List<String> feed = countyAdmin().get("/api/v1/villages/changes?since=0&limit=1000").path("changes.code");
        assertTrue(feed.containsAll(List.of("410423204395", "410423204396")));
        countyAdmin().get("/api/v1/villages?township=410423204&q=事件").then().body("items", hasSize(2));
    }
}
