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
    void aControlCharacterOrAWrongCharsetIsRefusedAlikeInTheDryRunAndTheRealRun() throws Exception {
        for (boolean dryRun : new boolean[]{true, false}) {
            importCsv(HEADER + "410423204367,好村,220,1,1,1,BRANCH\n410423204368,坏\u0000村,220,1,1,1,BRANCH\n", dryRun)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("line 3")).body("errors[0].rule", equalTo("control-character"));
            countyAdmin().contentType("text/csv")
                    .body((HEADER + "410423204369,国标村,220,1,2,1,BRANCH\n").getBytes(Charset.forName("GBK")))
                    .post("/api/v1/villages/import?dryRun=" + dryRun).then().statusCode(400)
                    .body("errors[0].rule", equalTo("charset"))
                    .body("errors[0].message", containsString("Content-Type"));
        }
        for (String code : List.of("410423204367", "410423204368", "410423204369")) {
            countyAdmin().get("/api/v1/villages/" + code).then().statusCode(404);
        }
        importCsv(HEADER, true).then().statusCode(200);
        countyAdmin().contentType("text/csv").body(HEADER).post("/api/v1/villages/import?dryRun=yes").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun")).body("errors[0].rule", equalTo("one-of"));
        String token = TestInfrastructure.shared().tokens.token("admin@" + Callers.COUNTY, "county-admin", Callers.COUNTY,
                java.time.Duration.ofHours(1));
        var untyped = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/villages/import"))
                .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofString(HEADER)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(415, untyped.statusCode(), untyped.body());
        assertTrue(untyped.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /** An HTTP/1.1 answer's head and as much of its body as it declares. */
    private static String response(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *([0-9]+)").matcher(text);
        return text + (length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8) : "");
    }

    @Test
    void aChunkedUploadIsRefusedWhenItRunsOverTheLimitNotAfter() throws Exception {
        // The test profile's limit is 3 MiB; the body declares no length and would go on for 48.
        long limit = 3L * 1024 * 1024;
        String token = TestInfrastructure.shared().tokens.token("admin@" + Callers.COUNTY, "county-admin", Callers.COUNTY,
                java.time.Duration.ofHours(1));
        byte[] chunk = ("410423204399,长村,220,1,1,1,BRANCH\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(("POST /api/v1/villages/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            try {
                while (written < 16 * limit && in.available() == 0) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    written += chunk.length;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.net.SocketException refused) {
                // The server answered and closed while the rest was on its way: the answer is still there to read.
            }
            answer = response(in);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("payload-too-large"), answer);
        assertTrue(written < 3 * limit, "the server let " + written + " bytes in before refusing: " + answer);
        countyAdmin().get("/api/v1/villages/410423204399").then().statusCode(404);
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
        countyAdmin().body(Callers.caseOf("410423204391", "TEAM_INCOMPLETE")).post("/api/v1/cases").then().statusCode(201);
        String withCase = Callers.as("exchange-client", Callers.COUNTY).accept("application/x-ndjson")
                .get("/api/v1/villages/export").then().statusCode(200).extract().asString();
        assertTrue(withCase.contains("\"status\":\"IDENTIFIED\""), withCase);
        Response ndjsonAgain = countyAdmin().contentType("application/x-ndjson").body(withCase.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/villages/import?dryRun=true");
        ndjsonAgain.then().statusCode(200).body("rejectedCount", equalTo(0)).body("created", equalTo(0)).body("updated", equalTo(0));
        assertEquals(ndjsonAgain.<Integer>path("received"), ndjsonAgain.<Integer>path("unchanged"));
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
