package io.bastion.devstack.launcher;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campaign across the four services, from their built jars, through their public APIs only, in
 * three runs on one data directory over three brokers: the first a small cluster (two instances of
 * every service, each request to the next), the later ones one instance each, the county's calendar
 * a week and then four weeks ahead (BASTION_CLOCK_OFFSET): a city-B village is identified, planned through
 * both meetings, the evaluation and one return, and approved; a county leader and a department are
 * paired; it reports two weeks on time, then misses two, which is alerted and proposes an
 * interview; a measure goes overdue and is completed; acceptance fails, then passes; the pairings
 * end; it is written off and relapses at the follow-up. A restart loses and duplicates nothing, and
 * the statistics, the stage report and a bulletin show exactly what happened, each figure equal to
 * the records the other services hold.
 */
@ExtendWith(KeptOnFailure.class)
class CampaignAcrossServicesIT implements KeptOnFailure.Kept {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String TOWNSHIP = "410423203";
    private static final String VILLAGE = "410423203201";
    private static final String NEIGHBOUR = "410423203202";
    private static final String OUTSIDE = "410423204201";
    private static final LocalDate TODAY = LocalDate.now(COUNTY);
    private static final String FROM = (TODAY.getYear() - 1) + "-01-01";
    private static final String TO = TODAY.plusDays(60).toString();
    /** Figures that count distinct villages or leaders rather than adding quantities up. */
    private static final Set<String> DISTINCT = Set.of("cases-identified", "leader-contacts", "villages-audited", "venues-built", "road-villages",
            "backward-to-advanced", "income-zero-to-five");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    private final Transcript transcript = new Transcript(Path.of("target", "walkthrough", "campaign.md").toAbsolutePath());
    private int instances;
    private int offset;
    private int turn;
    private final Map<String, String> tokens = new HashMap<>();

    /** Each request goes to the next of the service's instances, so all of them serve the campaign. */
    private RequestSpecification at(int port, String role) {
        int instance = turn++ % instances;
        return RestAssured.given().baseUri("http://localhost").port(port + offset + LaunchOptions.INSTANCE_PORT_STEP * instance)
                .auth().oauth2(tokens.get(role)).contentType("application/json").filter(transcript);
    }

    private RequestSpecification village(String role) {
        return at(8081, role);
    }

    private RequestSpecification plan(String role) {
        return at(8082, role);
    }

    private RequestSpecification assistance(String role) {
        return at(8083, role);
    }

    private RequestSpecification supervision(String role) {
        return at(8084, role);
    }

    /**
     * Polls a read until it holds: the services meet only through Kafka. An answer the condition
     * cannot be asked of (a problem where a page was awaited) is not yet the one awaited; a 5xx is a
     * defect at once.
     */
    private static JsonPath await(RequestSpecification request, String path, Predicate<JsonPath> holds, String what) {
        Instant deadline = Instant.now().plusSeconds(45);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            // A fresh copy each time: a specification asked again for a path with a query keeps adding
            // the query to itself, until the request line is refused as too long (414).
            Response response = RestAssured.given().spec(request).header(Transcript.POLL, "1").get(path);
            last = response.statusCode() + " " + response.asString();
            assertTrue(response.statusCode() < 500, path + " answered " + last);
            // A problem answer is JSON too: awaiting a refusal reads its type.
            if (String.valueOf(response.contentType()).contains("json") && holdsOn(holds, response.jsonPath())) {
                return response.jsonPath();
            }
        }
        throw new AssertionError(what + " not so after 45 s; the last answer: " + last);
    }

    private static boolean holdsOn(Predicate<JsonPath> holds, JsonPath answer) {
        try {
            return holds.test(answer);
        } catch (IllegalArgumentException notThatShape) {
            return false;
        }
    }

    private static JsonPath await(RequestSpecification request, String path, String field, Object value) {
        return await(request, path, j -> Objects.equals(value, j.get(field)), path + " " + field + " = " + value);
    }

    private LauncherRun start(Path data, String clockOffset, int replicas) throws Exception {
        instances = replicas;
        LauncherRun stack = LauncherRun.start(work, Map.of("BASTION_CONSOLIDATION_PERIOD", "P0D", "BASTION_CLOCK_OFFSET", clockOffset),
                "--data-dir", data.toString(), "--port-offset", Integer.toString(offset), "--replicas", Integer.toString(replicas),
                "--brokers", "3", "--java-options", LauncherRun.QUICK_START);
        stack.awaitUp(Duration.ofMinutes(3));
        for (String role : List.of("COUNTY_ADMIN", "TOWNSHIP_OPERATOR", "COUNTY_LEADER", "DEPARTMENT", "INSPECTOR")) {
            tokens.put(role, stack.token(role));
        }
        return stack;
    }

    @Override
    public Path dataDirectory() {
        return work.resolve("data");
    }

    @Test
    void aCampaignRunsAcrossTheServicesThroughRestartsAndIsCountedExactly() throws Exception {
        offset = LauncherRun.freePortOffset();
        Path data = dataDirectory();
        Campaign c = new Campaign();
        Map<String, Object> before;
        try (LauncherRun stack = start(data, "PT0S", 2)) {
            identify(c);
            planApproved(c);
            pair(c);
            helpGiven(c);
            handedOver(c);
            transcript.step("Week one: the village reports on time; an unannounced inspection");
            weeklyReport(c, 0, true);
            supervision("INSPECTOR").body("{\"kind\":\"UNANNOUNCED\",\"villageCode\":\"" + VILLAGE + "\",\"inspectedOn\":\"" + TODAY
                    + "\",\"inspectors\":[\"刘洋\",\"陈静\"],\"summary\":\"暗访村两委值班\",\"findings\":[{\"description\":\"村务公开栏未更新\","
                    + "\"severity\":\"SERIOUS\",\"correctionRequired\":\"一周内更新公开栏\",\"correctionDeadline\":\"" + TODAY.plusDays(7) + "\"}]}")
                    .post("/api/v1/inspections").then().statusCode(201);
            before = awaitFigures(Map.ofEntries(Map.entry("cases-identified", 2), Map.entry("plan-returns", 1),
                    Map.entry("plans-approved", 1), Map.entry("leader-contacts", 1), Map.entry("department-pairings", 2),
                    Map.entry("road-km", 2.5f), Map.entry("training-sessions", 2), Map.entry("secretaries-appointed", 1),
                    Map.entry("weekly-reports", 1), Map.entry("inspections", 1), Map.entry("income-zero-to-five", 1)));
            stack.stop(Duration.ofSeconds(30));
        }
        // The later runs need one instance of each service: what a cluster survives is FaultDrillIT's to prove.
        try (LauncherRun stack = start(data, "P7D", 1)) {
            transcript.step("The stack restarted, the county's calendar a week on: nothing lost, nothing counted twice");
            await(supervision("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "RECTIFYING");
            assertEquals(before, figures(), "the figures after the restart are those before it");
            village("COUNTY_ADMIN").get("/api/v1/cases/" + c.caseId + "/transitions").then().statusCode(200)
                    .body("size()", equalTo(3));
            weeklyReport(c, 1, true);
            stack.stop(Duration.ofSeconds(30));
        }
        try (LauncherRun stack = start(data, "P28D", 1)) {
            missedAndInterviewed(c);
            overdueThenCompleted(c);
            acceptedAndReleased(c);
            writtenOffAndRelapsed(c);
            bulletin(c);
            countedExactly(c);
            stack.stop(Duration.ofSeconds(30));
        }
    }

    /** What the scenario learns as it goes. */
    private static final class Campaign {
        String caseId;
        String neighbourCase;
        String planId;
        String leaderId;
        String unitId;
        String leaderPairing;
        String leaderPairingEtag;
        String unitPairing;
        String unitPairingEtag;
        String relapseCase;
        String bulletinId;
    }

    private static String week(int weeksOn) {
        LocalDate day = TODAY.plusWeeks(weeksOn);
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private void identify(Campaign c) {
        transcript.step("The county registers its divisions and villages, and identifies two cases");
        for (String[] division : new String[][]{{"410423000000", "鲁山县"}, {"410423203000", "熊背乡"}, {"410423204000", "辛集乡"}}) {
            village("COUNTY_ADMIN").body(Map.of("code", division[0], "name", division[1])).post("/api/v1/divisions").then().statusCode(201);
        }
        for (String[] v : new String[][]{{VILLAGE, "大年沟村"}, {NEIGHBOUR, "小河村"}, {OUTSIDE, "辛集村"}}) {
            village("COUNTY_ADMIN").body(Map.of("code", v[0], "name", v[1], "urbanRuralClass", "220", "households", 512, "population", 2046,
                    "partyMembers", 47, "partyOrganizationForm", "BRANCH")).post("/api/v1/villages").then().statusCode(201);
        }
        c.caseId = village("TOWNSHIP_OPERATOR").body(Map.of("villageCode", VILLAGE, "campaignYear", TODAY.getYear(),
                        "categories", List.of("TEAM_INCOMPLETE", "DISCLOSURE_CHAOS"), "basis", "书记长期缺职，村务公开不及时",
                        "source", "SCREENING", "proposedGrade", "CITY_B", "talksHeld", 12, "suggestionsCollected", 30,
                        "identifiedOn", TODAY.minusDays(10).toString()))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("IDENTIFIED")).body("grade", equalTo("NONE"))
                .body("proposedGrade", equalTo("CITY_B")).body("identifiedOn", equalTo(TODAY.minusDays(10).toString())).extract().path("id");
        c.neighbourCase = village("TOWNSHIP_OPERATOR").body(Map.of("villageCode", NEIGHBOUR, "campaignYear", TODAY.getYear(),
                        "categories", List.of("NO_VENUE"), "basis", "无活动场所", "source", "SCREENING", "proposedGrade", "COUNTY_C",
                        "talksHeld", 5, "suggestionsCollected", 9))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        transcript.step("The township proposed the grades; deciding them is the county's");
        village("TOWNSHIP_OPERATOR").header("If-Match", "\"0\"").body(Map.of("grade", "CITY_B")).patch("/api/v1/cases/" + c.caseId)
                .then().statusCode(403).body("type", equalTo("https://bastion.example/problems/grading-reserved"));
        village("COUNTY_ADMIN").get("/api/v1/cases?proposedGrade=CITY_B").then().statusCode(200).body("items.id", hasItem(c.caseId));
        village("COUNTY_ADMIN").header("If-Match", "\"0\"").body(Map.of("grade", "COUNTY_C")).patch("/api/v1/cases/" + c.neighbourCase)
                .then().statusCode(200).body("grade", equalTo("COUNTY_C"));

        transcript.step("The village's secretary in office is replaced by a new one, from another village; its figures for two years");
        village("TOWNSHIP_OPERATOR").body(Map.of("name", "张旧", "role", "SECRETARY", "committee", "PARTY_BRANCH", "appointmentSource",
                "FROM_VILLAGE", "incumbent", true, "startedOn", "2019-03-01", "endedOn", TODAY.toString(), "leavingReason", "ADJUSTED"))
                .post("/api/v1/villages/" + VILLAGE + "/team").then().statusCode(201);
        village("TOWNSHIP_OPERATOR").body(Map.of("name", "李明", "role", "SECRETARY", "committee", "PARTY_BRANCH",
                "appointmentSource", "FROM_OTHER_VILLAGE", "startedOn", TODAY.toString())).post("/api/v1/villages/" + VILLAGE + "/team")
                .then().statusCode(201);
        village("COUNTY_ADMIN").body(Map.of("name", "王强", "role", "SECRETARY", "committee", "PARTY_BRANCH",
                "appointmentSource", "FROM_VILLAGE", "startedOn", TODAY.toString())).post("/api/v1/villages/" + OUTSIDE + "/team")
                .then().statusCode(201);
        village("TOWNSHIP_OPERATOR").body(Map.of("collectiveIncome", 0)).put("/api/v1/villages/" + VILLAGE + "/indicators/" + (TODAY.getYear() - 1))
                .then().statusCode(201);
        village("TOWNSHIP_OPERATOR").body(Map.of("partyMembersDeveloped", 2, "activistsDeveloped", 3, "venueBuilt", true, "venueAreaM2", 120.5,
                        "venueInvestment", 12, "collectiveIncome", 6.5, "backwardToAdvanced", true, "financiallyAudited", true, "rulesEstablished", 3))
                .put("/api/v1/villages/" + VILLAGE + "/indicators/" + TODAY.getYear()).then().statusCode(201);
    }

    private void planApproved(Campaign c) {
        transcript.step("The township drafts the plan; both meetings adopt it; the county evaluates it");
        await(plan("TOWNSHIP_OPERATOR"), "/api/v1/cases/" + c.caseId, "villageName", "大年沟村");
        String deadline = TODAY.plusDays(10).toString();
        Response drafted = plan("TOWNSHIP_OPERATOR").body("{\"caseId\":\"" + c.caseId + "\",\"goals\":\"一年内配齐班子\",\"problems\":["
                + "{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职两年\"}],"
                + "\"measures\":[{\"key\":\"M1\",\"problem\":\"P1\",\"action\":\"选派第一书记\",\"remedy\":\"WEAKNESS\","
                + "\"responsiblePerson\":\"王军\",\"deadline\":\"" + deadline + "\"}],"
                + "\"committeeMeeting\":{\"date\":\"" + TODAY + "\",\"attendees\":[\"张书记\",\"李镇长\"],\"decision\":\"ADOPTED\"},"
                + "\"representativesMeeting\":{\"date\":\"" + TODAY + "\",\"representativesTotal\":30,\"present\":24,"
                + "\"inFavour\":20,\"against\":2,\"abstain\":2}}").post("/api/v1/plans");
        drafted.then().statusCode(201);
        c.planId = drafted.path("id");
        await(village("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "PLANNING");
        String plans = "/api/v1/plans/" + c.planId;
        Response submitted = plan("TOWNSHIP_OPERATOR").header("If-Match", drafted.header("ETag")).post(plans + "/submission");
        submitted.then().statusCode(200);
        Response evaluated = plan("COUNTY_ADMIN").header("If-Match", submitted.header("ETag")).body("{\"feasibility\":\"可行\","
                + "\"expectedEffect\":\"可望转化\",\"suggestions\":[{\"remedy\":\"WEAKNESS\",\"suggestion\":\"选好书记\"}]}")
                .post(plans + "/evaluations");
        evaluated.then().statusCode(200);

        transcript.step("The audit returns it once; the township revises and resubmits; the audit approves");
        String judged = "[{\"rule\":\"PROBLEMS_ACCURATE\",\"passed\":%s},{\"rule\":\"MEASURES_ACTIONABLE\",\"passed\":true},"
                + "{\"rule\":\"OWNER_AND_DEADLINE\",\"passed\":true}]";
        Response returned = plan("COUNTY_ADMIN").header("If-Match", evaluated.header("ETag")).body("{\"decision\":\"RETURN\",\"judgements\":"
                + judged.formatted(false) + ",\"reasons\":[\"村务公开问题未列入\"]}").post(plans + "/audits");
        returned.then().statusCode(200).body("returns", equalTo(1));
        Response revised = plan("TOWNSHIP_OPERATOR").header("If-Match", returned.header("ETag")).body("{\"problems\":["
                + "{\"key\":\"P1\",\"category\":\"TEAM_INCOMPLETE\",\"description\":\"书记缺职两年\"},"
                + "{\"key\":\"P2\",\"category\":\"DISCLOSURE_CHAOS\",\"description\":\"村务半年未公开\"}],\"measures\":["
                + "{\"key\":\"M1\",\"problem\":\"P1\",\"action\":\"选派第一书记\",\"remedy\":\"WEAKNESS\",\"responsiblePerson\":\"王军\",\"deadline\":\"" + deadline + "\"},"
                + "{\"key\":\"M2\",\"problem\":\"P2\",\"action\":\"每月公开村务\",\"remedy\":\"LAXITY\",\"responsiblePerson\":\"赵敏\",\"deadline\":\""
                + TODAY.plusMonths(6) + "\"}]}").patch(plans);
        revised.then().statusCode(200);
        Response resubmitted = plan("TOWNSHIP_OPERATOR").header("If-Match", revised.header("ETag")).post(plans + "/submission");
        resubmitted.then().statusCode(200);
        assertEquals("PLANNING", village("COUNTY_ADMIN").get("/api/v1/cases/" + c.caseId).path("status"), "a return does not move the case");
        plan("COUNTY_ADMIN").header("If-Match", resubmitted.header("ETag")).body("{\"decision\":\"APPROVE\",\"judgements\":"
                + judged.formatted(true) + "}").post(plans + "/audits").then().statusCode(200).body("stage", equalTo("APPROVED"));
        await(village("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "RECTIFYING");
        List<Map<String, Object>> history = village("COUNTY_ADMIN").get("/api/v1/cases/" + c.caseId + "/transitions").jsonPath().getList("$");
        assertEquals(List.of("IDENTIFIED", "PLANNING", "RECTIFYING"), history.stream().map(t -> t.get("to")).toList());
        assertEquals("bastion.plan.approved.v1", history.get(2).get("triggerEventType"));
        await(plan("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "RECTIFYING");

        transcript.step("Rectifying, the village is made a city-B key contact: from now on it owes weekly reports");
        await(supervision("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "RECTIFYING");
        supervision("COUNTY_ADMIN").queryParam("from", week(0)).queryParam("to", week(0)).queryParam("township", TOWNSHIP)
                .get("/api/v1/weekly-reports/owed").then().statusCode(200).body("caseId", not(hasItem(c.caseId)));
        String etag = village("COUNTY_ADMIN").get("/api/v1/cases/" + c.caseId).header("ETag");
        village("COUNTY_ADMIN").header("If-Match", etag).body(Map.of("grade", "CITY_B")).patch("/api/v1/cases/" + c.caseId)
                .then().statusCode(200).body("grade", equalTo("CITY_B")).body("proposedGrade", equalTo(null));
        await(supervision("COUNTY_ADMIN").queryParam("from", week(0)).queryParam("to", week(0)).queryParam("township", TOWNSHIP),
                "/api/v1/weekly-reports/owed", j -> j.getList("caseId").contains(c.caseId), "a weekly report owed");
    }

    private void pair(Campaign c) {
        transcript.step("A county leader and a department are paired with the village; unpairing now is refused");
        await(assistance("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "coverage.status", "RECTIFYING");
        village("COUNTY_LEADER").get("/api/v1/villages/" + VILLAGE).then().statusCode(404);
        c.leaderId = assistance("COUNTY_ADMIN").body(Map.of("account", "devstack-county-leader", "name", "王副县长", "post", "副县长"))
                .post("/api/v1/leaders").then().statusCode(201).extract().path("id");
        Response paired = assistance("COUNTY_ADMIN").body(Map.of("caseId", c.caseId, "form", "COUNTY_LEADER_CONTACT", "leaderId", c.leaderId))
                .post("/api/v1/pairings");
        paired.then().statusCode(201);
        c.leaderPairing = paired.path("id");
        c.leaderPairingEtag = paired.header("ETag");
        c.unitId = assistance("COUNTY_ADMIN").body(Map.of("account", "devstack-department", "name", "县农业农村局", "kind", "COUNTY_DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String first = assistance("COUNTY_ADMIN").body(Map.of("name", "周涛", "post", "科长", "phone", "13800000001"))
                .post("/api/v1/units/" + c.unitId + "/envoys").then().statusCode(201).extract().path("id");
        String second = assistance("COUNTY_ADMIN").body(Map.of("name", "吴磊", "post", "科员", "phone", "13800000002"))
                .post("/api/v1/units/" + c.unitId + "/envoys").then().statusCode(201).extract().path("id");
        Response team = assistance("COUNTY_ADMIN").body(Map.of("caseId", c.caseId, "form", "WORK_TEAM", "unitId", c.unitId,
                "envoys", List.of(first, second))).post("/api/v1/pairings");
        team.then().statusCode(201);
        c.unitPairing = team.path("id");
        c.unitPairingEtag = team.header("ETag");
        await(village("COUNTY_LEADER"), "/api/v1/villages/" + VILLAGE, "name", "大年沟村");
        assistance("COUNTY_ADMIN").header("If-Match", c.leaderPairingEtag).body("{}").post("/api/v1/pairings/" + c.leaderPairing + "/end")
                .then().statusCode(409).body("type", equalTo("https://bastion.example/problems/not-transformed"));
    }

    private void helpGiven(Campaign c) {
        transcript.step("Help given: the leader's visit, the department's road and project, a township-wide training, a dispute settled");
        assistance("COUNTY_LEADER").body(Map.of("kind", "VISIT", "villageCode", VILLAGE, "leaderId", c.leaderId, "date", TODAY.toString(),
                "title", "调研班子建设")).post("/api/v1/help").then().statusCode(201);
        assistance("DEPARTMENT").body(Map.of("kind", "ROAD", "villageCode", VILLAGE, "unitId", c.unitId, "date", TODAY.toString(),
                "title", "硬化村组公路", "lengthKm", 2.5, "amount", 30)).post("/api/v1/help").then().statusCode(201);
        assistance("TOWNSHIP_OPERATOR").body(Map.of("kind", "TRAINING", "townshipCode", TOWNSHIP, "date", TODAY.toString(),
                "title", "村干部培训班", "sessions", 2, "peopleTrained", 45)).post("/api/v1/help").then().statusCode(201);
        Response project = assistance("DEPARTMENT").body(Map.of("kind", "PROJECT", "villageCode", VILLAGE, "unitId", c.unitId,
                "date", TODAY.toString(), "title", "食用菌大棚", "projectKind", "产业", "amount", 500)).post("/api/v1/help");
        project.then().statusCode(201);
        Response road = assistance("DEPARTMENT").body(Map.of("kind", "ROAD", "villageCode", VILLAGE, "unitId", c.unitId, "date", TODAY.toString(),
                "title", "硬化村组公路", "lengthKm", 2.5, "amount", 30)).post("/api/v1/help");
        road.then().statusCode(201);
        transcript.step("The department corrects the project's amount, typed ten times too large, and voids the road entered twice");
        assistance("DEPARTMENT").header("If-Match", project.header("ETag")).body(Map.of("amount", 50))
                .patch("/api/v1/help/" + project.path("id")).then().statusCode(200).body("amount", equalTo(50.0f));
        assistance("DEPARTMENT").header("If-Match", road.header("ETag")).body(Map.of("reason", "同一段公路重复录入"))
                .post("/api/v1/help/" + road.path("id") + "/void").then().statusCode(200);
        assistance("TOWNSHIP_OPERATOR").body(Map.of("kind", "PRACTICAL_MATTER", "villageCode", VILLAGE, "date", TODAY.toString(),
                "title", "调处宅基地纠纷", "petitionRisksResolved", 2)).post("/api/v1/help").then().statusCode(201);
    }

    private void handedOver(Campaign c) {
        transcript.step("The department's work team is handed over to another department, which sends three people");
        String unit = assistance("COUNTY_ADMIN").body(Map.of("account", "devstack-water-bureau", "name", "县水利局", "kind", "COUNTY_DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        List<String> envoys = new ArrayList<>();
        for (String name : List.of("郑平", "冯刚", "陈亮")) {
            envoys.add(assistance("COUNTY_ADMIN").body(Map.of("name", name, "post", "干部", "phone", "1390000000" + envoys.size()))
                    .post("/api/v1/units/" + unit + "/envoys").then().statusCode(201).extract().path("id"));
        }
        Response next = assistance("COUNTY_ADMIN").header("If-Match", c.unitPairingEtag).body(Map.of("unitId", unit, "envoys", envoys,
                "reason", "县农业农村局工作调整")).post("/api/v1/pairings/" + c.unitPairing + "/handover");
        next.then().statusCode(201).body("active", equalTo(true));
        c.unitPairing = next.path("id");
        c.unitPairingEtag = next.header("ETag");
        await(village("DEPARTMENT"), "/api/v1/villages/" + VILLAGE, "type", "https://bastion.example/problems/not-found");
    }

    private void weeklyReport(Campaign c, int week, boolean onTime) {
        await(supervision("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "RECTIFYING");
        supervision("TOWNSHIP_OPERATOR").body(Map.of("caseId", c.caseId, "week", week(week), "progress", "第一书记到岗，班子例会恢复",
                        "problems", "集体经济薄弱", "nextSteps", "召开党员大会", "attachments", List.of("会议照片-" + week)))
                .post("/api/v1/weekly-reports").then().statusCode(201).body("onTime", equalTo(onTime));
    }

    private void missedAndInterviewed(Campaign c) {
        transcript.step("Four weeks on: two weekly reports missed, alerted once each; an interview is proposed and held, and someone held to account");
        await(supervision("TOWNSHIP_OPERATOR"), "/api/v1/notifications?kind=weekly-report-missed", "items.size()", 2);
        JsonPath owed = supervision("COUNTY_ADMIN").queryParam("from", week(0)).queryParam("to", week(3)).queryParam("township", TOWNSHIP)
                .get("/api/v1/weekly-reports/owed").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ON_TIME", "ON_TIME", "MISSING", "MISSING"), owed.getList("standing"));
        JsonPath proposals = await(supervision("COUNTY_ADMIN"), "/api/v1/interviews/proposals",
                j -> j.getList("townshipCode").contains(TOWNSHIP), "an interview proposed");
        assertTrue(proposals.getString("find { it.townshipCode == '" + TOWNSHIP + "' }.grounds.rule").contains("MISSED_REPORTS"), proposals.prettify());
        LocalDate countyToday = TODAY.plusDays(28);
        supervision("COUNTY_ADMIN").body(Map.of("townshipCode", TOWNSHIP, "interviewedOn", countyToday.toString(),
                        "interviewers", List.of("县委组织部副部长"), "interviewees", List.of(Map.of("name", "张书记", "post", "乡党委书记")),
                        "grounds", List.of("MISSED_REPORTS"), "issues", "重点联系村周报连续两周未报", "commitments", "每周五前报送",
                        "followUpBy", countyToday.plusDays(14).toString()))
                .post("/api/v1/interviews").then().statusCode(201);
        supervision("COUNTY_ADMIN").body(Map.of("townshipCode", TOWNSHIP, "villageCode", VILLAGE, "failedTask", "重点联系村周报",
                        "ground", "WEEKLY_REPORTS", "persons", List.of(Map.of("name", "赵刚", "post", "包村干部", "unit", "熊背乡人民政府",
                                "sanction", "诫勉谈话")), "decidedOn", countyToday.toString(), "decidedBy", "乡纪委"))
                .post("/api/v1/accountability").then().statusCode(201);
    }

    private void overdueThenCompleted(Campaign c) {
        transcript.step("A measure is overdue, as plan-service's scan reports; the township completes it");
        await(supervision("COUNTY_ADMIN"), "/api/v1/dashboard", "measuresOverdue", 1);
        Response m1 = plan("TOWNSHIP_OPERATOR").get("/api/v1/plans/" + c.planId + "/measures/M1");
        m1.then().statusCode(200);
        plan("TOWNSHIP_OPERATOR").header("If-Match", m1.header("ETag")).body(Map.of("note", "第一书记已到岗", "evidence", List.of("任命文件")))
                .post("/api/v1/plans/" + c.planId + "/measures/M1/completion").then().statusCode(200).body("measure.status", equalTo("COMPLETED"));
        await(supervision("COUNTY_ADMIN"), "/api/v1/dashboard", "measuresOverdue", 0);
    }

    private void acceptedAndReleased(Campaign c) {
        transcript.step("Acceptance fails with a new deadline, then passes; the case consolidates, the leader's pairing ends, the work team stays");
        String cases = "/api/v1/cases/" + c.caseId;
        Response first = supervision("TOWNSHIP_OPERATOR").body(Map.of("caseId", c.caseId)).post("/api/v1/acceptances");
        first.then().statusCode(201);
        await(village("COUNTY_ADMIN"), cases, "status", "ACCEPTANCE");
        String newDeadline = TODAY.plusDays(90).toString();
        supervision("INSPECTOR").header("If-Match", first.header("ETag")).body(scores(false, newDeadline))
                .post("/api/v1/acceptances/" + first.path("id") + "/assessment").then().statusCode(200).body("status", equalTo("FAILED"));
        await(village("COUNTY_ADMIN"), cases, "status", "RECTIFYING");
        // The new deadline, not the status alone: supervision-service saw RECTIFYING before it learnt of
        // the first request's move to ACCEPTANCE too, and a request for acceptance then is refused.
        await(supervision("COUNTY_ADMIN"), cases, j -> "RECTIFYING".equals(j.getString("status"))
                && newDeadline.equals(j.getString("rectifyDeadline")), "supervision-service back in RECTIFYING until " + newDeadline);
        Response second = supervision("TOWNSHIP_OPERATOR").body(Map.of("caseId", c.caseId)).post("/api/v1/acceptances");
        second.then().statusCode(201);
        await(village("COUNTY_ADMIN"), cases, "status", "ACCEPTANCE");
        supervision("INSPECTOR").header("If-Match", second.header("ETag")).body(scores(true, null))
                .post("/api/v1/acceptances/" + second.path("id") + "/assessment").then().statusCode(200).body("status", equalTo("PASSED"));
        await(village("COUNTY_ADMIN"), cases, "status", "CONSOLIDATING");
        List<Map<String, Object>> history = village("COUNTY_ADMIN").get(cases + "/transitions").jsonPath().getList("$");
        assertEquals(List.of("IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING"),
                history.stream().map(t -> t.get("to")).toList());
        assertEquals(newDeadline, history.get(4).get("deadline"));

        await(assistance("COUNTY_ADMIN"), cases, "coverage.status", "CONSOLIDATING");
        assistance("COUNTY_ADMIN").header("If-Match", c.leaderPairingEtag).body(Map.of("reason", "转化完成"))
                .post("/api/v1/pairings/" + c.leaderPairing + "/end").then().statusCode(200).body("active", equalTo(false));
        await(village("COUNTY_LEADER"), "/api/v1/villages/" + VILLAGE, "type", "https://bastion.example/problems/not-found");
    }

    /** 60 points (fails) or 85 (passes), with 5 of 40 surveyed dissatisfied. */
    private static String scores(boolean pass, String newDeadline) {
        int[] points = pass ? new int[]{30, 20, 15, 15, 5} : new int[]{20, 15, 10, 10, 5};
        String[] items = {"TEAM", "RULES", "DISCLOSURE", "PROBLEMS", "DEVELOPMENT"};
        StringBuilder body = new StringBuilder("{\"scores\":[");
        for (int i = 0; i < items.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"item\":\"").append(items[i]).append("\",\"score\":").append(points[i]).append('}');
        }
        body.append("],\"partyMembers\":{\"respondents\":20,\"dissatisfied\":2},\"representatives\":{\"respondents\":20,\"dissatisfied\":3}");
        return body.append(newDeadline == null ? "" : ",\"newDeadline\":\"" + newDeadline + "\"").append('}').toString();
    }

    private void writtenOffAndRelapsed(Campaign c) {
        transcript.step("Written off after its consolidation; the follow-up visit finds a relapse and a new case opens");
        Response writtenOff = supervision("COUNTY_ADMIN").body(Map.of("caseId", c.caseId, "note", "巩固期满")).post("/api/v1/write-offs");
        writtenOff.then().statusCode(201);
        await(village("COUNTY_ADMIN"), "/api/v1/cases/" + c.caseId, "status", "WRITTEN_OFF");
        supervision("INSPECTOR").header("If-Match", writtenOff.header("ETag")).body(Map.of("visitedOn", TODAY.plusDays(28).toString(),
                        "relapsed", true, "categories", List.of("TEAM_DISUNITED"), "basis", "回头看发现班子不团结"))
                .post("/api/v1/follow-ups/" + writtenOff.path("id") + "/result").then().statusCode(200);
        JsonPath opened = await(village("COUNTY_ADMIN"), "/api/v1/cases?status=IDENTIFIED&township=" + TOWNSHIP,
                j -> VILLAGE.equals(j.get("items.find { it.previousCaseId == '" + c.caseId + "' }.villageCode")), "a linked case");
        c.relapseCase = opened.getString("items.find { it.previousCaseId == '" + c.caseId + "' }.id");
        transcript.step("The work team still helping the village goes on with its new case");
        await(assistance("COUNTY_ADMIN"), "/api/v1/cases/" + c.relapseCase, "coverage.units.id", List.of(c.unitPairing));
        assistance("COUNTY_ADMIN").get("/api/v1/pairings/" + c.unitPairing).then().statusCode(200).body("caseId", equalTo(c.relapseCase))
                .body("active", equalTo(true));
    }

    private void bulletin(Campaign c) {
        transcript.step("A bulletin for the four weeks: ranked, named, published, and every township told");
        LocalDate from = TODAY.with(java.time.DayOfWeek.MONDAY);
        LocalDate to = from.plusWeeks(4).minusDays(1);
        Response draft = supervision("COUNTY_ADMIN").body(Map.of("from", from.toString(), "to", to.toString())).post("/api/v1/bulletins");
        draft.then().statusCode(201);
        c.bulletinId = draft.path("id");
        Map<String, Object> row = draft.jsonPath().getMap("content.ranking.find { it.townshipCode == '" + TOWNSHIP + "' }");
        assertEquals(2, row.get("cases"), "two villages: the one that relapsed counts once");
        assertEquals(0, row.get("transformed"), "the relapsed village is rectifying again, not transformed");
        assertEquals(4, row.get("reportsExpected"));
        assertEquals(2, row.get("reportsOnTime"));
        assertEquals(2, row.get("reportsMissing"));
        assertEquals(1, row.get("measuresOverdue"));
        assertEquals("周报逾期未报 2 份，整改措施逾期 1 项",
                draft.jsonPath().getString("content.criticized.find { it.code == '" + TOWNSHIP + "' }.reason"));
        assertEquals("熊背乡", draft.jsonPath().getString("content.criticized.find { it.code == '" + TOWNSHIP + "' }.name"),
                "the township as village-service named it");
        supervision("COUNTY_ADMIN").header("If-Match", draft.header("ETag")).post("/api/v1/bulletins/" + c.bulletinId + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        supervision("TOWNSHIP_OPERATOR").queryParam("kind", "bulletin-published").get("/api/v1/notifications").then().statusCode(200)
                .body("items.reference", hasItem(c.bulletinId));
        supervision("TOWNSHIP_OPERATOR").accept("text/markdown").get("/api/v1/bulletins/" + c.bulletinId).then().statusCode(200)
                .body(containsString("## 四、通报批评"));
    }

    /** Every figure equals what the services hold, the stage report says the same, and each lists its records. */
    private void countedExactly(Campaign c) {
        transcript.step("What the county counts, and the stage report");
        Map<String, Object> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("cases-identified", 2), Map.entry("talks-held", 17), Map.entry("suggestions-collected", 39),
                Map.entry("plans-approved", 1), Map.entry("plan-returns", 1), Map.entry("leader-contacts", 1),
                Map.entry("department-pairings", 2), Map.entry("envoys-sent", 5), Map.entry("leader-visits", 1),
                Map.entry("weekly-reports", 2), Map.entry("weekly-reports-missed", 2), Map.entry("inspections", 1),
                Map.entry("inspection-findings", 1), Map.entry("bulletins-published", 1), Map.entry("interviews-held", 1),
                Map.entry("secretaries-appointed", 1), Map.entry("cadres-adjusted", 1), Map.entry("training-sessions", 2),
                Map.entry("cadres-trained", 45),
                Map.entry("road-villages", 1), Map.entry("road-km", 2.5f), Map.entry("road-funds", 30),
                Map.entry("party-members-developed", 2), Map.entry("activists-developed", 3), Map.entry("venues-built", 1),
                Map.entry("venue-area", 120.5f), Map.entry("venue-investment", 12), Map.entry("villages-audited", 1),
                Map.entry("rules-established", 3), Map.entry("backward-to-advanced", 1), Map.entry("income-zero-to-five", 1),
                Map.entry("acceptances-passed", 1), Map.entry("acceptances-failed", 1), Map.entry("cases-transformed", 1),
                Map.entry("cases-written-off", 1), Map.entry("cases-relapsed", 1), Map.entry("projects", 1), Map.entry("funds", 50),
                Map.entry("petition-risks-resolved", 2), Map.entry("people-held-accountable", 1)));
        Map<String, Object> figures = awaitFigures(expected);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), figures.get(e.getKey()), e.getKey());
        }

        // The same, counted from the records the other services hold.
        JsonPath cases = village("COUNTY_ADMIN").queryParam("township", TOWNSHIP).get("/api/v1/cases").jsonPath();
        assertEquals((int) cases.getList("items.villageCode").stream().distinct().count(), figures.get("cases-identified"),
                "villages, not cases: the relapsed village is one village");
        assertEquals(cases.getList("items.talksHeld", Integer.class).stream().mapToInt(Integer::intValue).sum(), figures.get("talks-held"));
        assertEquals(plan("COUNTY_ADMIN").get("/api/v1/plans/" + c.planId).path("returns"), figures.get("plan-returns"));
        JsonPath roads = assistance("COUNTY_ADMIN").queryParam("kind", "ROAD").queryParam("township", TOWNSHIP).get("/api/v1/help").jsonPath();
        assertEquals(roads.getList("items.findAll { it.voidedOn == null }.lengthKm", Float.class).stream().reduce(0f, Float::sum),
                figures.get("road-km"), "a voided record counts nowhere");
        JsonPath projects = assistance("COUNTY_ADMIN").queryParam("kind", "PROJECT").queryParam("township", TOWNSHIP).get("/api/v1/help")
                .jsonPath();
        assertEquals(number(projects.getList("items.amount", String.class).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO,
                BigDecimal::add)), figures.get("funds"), "the corrected amount");
        JsonPath reports = supervision("COUNTY_ADMIN").queryParam("caseId", c.caseId).get("/api/v1/weekly-reports").jsonPath();
        assertEquals(reports.getList("items").size(), figures.get("weekly-reports"));
        JsonPath team = village("COUNTY_ADMIN").get("/api/v1/villages/" + VILLAGE + "/team").jsonPath();
        assertEquals(team.getList("findAll { it.role == 'SECRETARY' && !it.incumbent }").size(), figures.get("secretaries-appointed"),
                "the incumbent replaced is no appointment, and the secretary of a village without a case is not counted");
        assertEquals(village("COUNTY_ADMIN").queryParam("from", FROM).queryParam("to", TO).queryParam("township", TOWNSHIP)
                .get("/api/v1/teams/counts").path("newSecretaries.total"), figures.get("secretaries-appointed"),
                "village-service counts new secretaries as supervision does");

        // Each figure is what its records add up to.
        for (String key : expected.keySet()) {
            JsonPath records = supervision("COUNTY_ADMIN").queryParam("from", FROM).queryParam("to", TO).queryParam("limit", "500")
                    .get("/api/v1/statistics/" + key + "/records").jsonPath();
            Object counted = DISTINCT.contains(key) ? (Object) (int) records.getList("items.subject").stream().distinct().count()
                    : number(records.getList("items.quantity", String.class).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertEquals(expected.get(key), counted, key + " from its records");
        }

        String report = supervision("COUNTY_ADMIN").queryParam("from", FROM).queryParam("to", TO).accept("text/markdown")
                .get("/api/v1/stage-report").then().statusCode(200).extract().asString();
        assertTrue(report.contains("与村干部谈心谈话[**17**](/api/v1/statistics/talks-held/records?from=" + FROM + "&to=" + TO + ") 次"), report);
        assertTrue(report.contains("市级（B类）重点联系村[**1**]") && report.contains("县级（C类）重点联系村[**1**]"), report);
        assertTrue(report.contains("[**1**](/api/v1/statistics/cases-written-off/records?from=" + FROM + "&to=" + TO + ") 个村盘点销号"), report);
        village("COUNTY_ADMIN").get("/api/v1/cases/" + c.relapseCase).then().statusCode(200).body("previousCaseId", equalTo(c.caseId));
    }

    private Map<String, Object> figures() {
        JsonPath stats = supervision("COUNTY_ADMIN").header(Transcript.POLL, "1").queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        Map<String, Object> values = new TreeMap<>();
        for (Map<String, Object> figure : stats.<Map<String, Object>>getList("figures")) {
            values.put((String) figure.get("key"), figure.get("value"));
        }
        return values;
    }

    private Map<String, Object> awaitFigures(Map<String, Object> expected) {
        Instant deadline = Instant.now().plusSeconds(45);
        Map<String, Object> values = Map.of();
        while (Instant.now().isBefore(deadline)) {
            values = figures();
            Map<String, Object> now = values;
            if (expected.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), now.get(e.getKey())))) {
                supervision("COUNTY_ADMIN").queryParam("from", FROM).queryParam("to", TO).get("/api/v1/statistics").then().statusCode(200);
                return values;
            }
        }
        throw new AssertionError("figures " + values + " never became " + expected);
    }

    /** A sum as the JSON answers carry it: an integer when whole. */
    private static Object number(BigDecimal sum) {
        BigDecimal plain = sum.stripTrailingZeros();
        return plain.scale() <= 0 ? (Object) plain.intValueExact() : (Object) plain.floatValue();
    }
}
