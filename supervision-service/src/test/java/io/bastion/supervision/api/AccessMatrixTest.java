package io.bastion.supervision.api;

import io.bastion.devstack.infra.AccessMatrix;
import io.bastion.devstack.infra.AccessWorld;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.bastion.platform.domain.Now;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.bastion.devstack.infra.AccessWorld.countyAdmin;

/**
 * Every operation of supervision-service, as every role, in every division side by side (see
 * {@link AccessMatrix}). Each target village has a rectifying case with an acceptance requested, a case
 * written off with its follow-up visit due, an inspection with a finding (and the notification it sent
 * the township), an interview of its township and an accountability decision; each county has a
 * bulletin. The county leader and the department are paired with A1 by assistance-service's events.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AccessMatrixTest extends AccessMatrix {

    private static final String PASSING = "{\"scores\":[{\"item\":\"TEAM\",\"score\":30},{\"item\":\"RULES\",\"score\":20},"
            + "{\"item\":\"DISCLOSURE\",\"score\":20},{\"item\":\"PROBLEMS\",\"score\":20},{\"item\":\"DEVELOPMENT\",\"score\":10}],"
            + "\"partyMembers\":{\"respondents\":20,\"dissatisfied\":0},\"representatives\":{\"respondents\":20,\"dissatisfied\":0},"
            + "\"note\":\"矩阵验收合格\"}";

    AccessMatrixTest() {
        super("supervision-service");
    }

    @Override
    protected AccessWorld build() {
        LocalDate today = Now.today();
        AccessWorld w = new AccessWorld().reference("bulletins", "acceptance-checklist")
                .personal("notifications", Caller.TOWNSHIP_OPERATOR)
                .query("from", "2026-01-01").query("to", today.toString())
                .query("GET /api/v1/weekly-reports/compliance", "from", "2026-W45")
                .query("GET /api/v1/weekly-reports/compliance", "to", "2026-W48")
                .query("GET /api/v1/weekly-reports/owed", "from", "2026-W45")
                .query("GET /api/v1/weekly-reports/owed", "to", "2026-W48")
                .leakAllowed("GET /api/v1/bulletins/{id}", "a published bulletin is the county's word to every township, naming villages")
                .leakAllowed("GET /api/v1/bulletins", "a published bulletin is the county's word to every township, naming villages");
        Map<String, String> bulletins = new HashMap<>();
        for (Target t : Target.values()) {
            String rectifying = rectifying(t);
            String acceptance = countyAdmin(t).body("{\"caseId\":\"" + rectifying + "\",\"note\":\"矩阵验收" + t.name() + "\"}")
                    .post("/api/v1/acceptances").then().statusCode(201).extract().path("id");
            String consolidated = rectifying(t);
            Response passing = countyAdmin(t).body("{\"caseId\":\"" + consolidated + "\"}").post("/api/v1/acceptances");
            passing.then().statusCode(201);
            countyAdmin(t).header("If-Match", passing.header("ETag")).body(PASSING).post("/api/v1/acceptances/" + passing.path("id")
                    + "/assessment").then().statusCode(200);
            moved(t, consolidated, "RECTIFYING", "ACCEPTANCE", 3);
            moved(t, consolidated, "ACCEPTANCE", "CONSOLIDATING", 4);
            String followUp = countyAdmin(t).body("{\"caseId\":\"" + consolidated + "\"}").post("/api/v1/write-offs")
                    .then().statusCode(201).extract().path("id");
            String summary = "矩阵检查" + t.name();
            Response inspection = countyAdmin(t).body("{\"kind\":\"ANNOUNCED\",\"villageCode\":\"" + t.village + "\",\"inspectedOn\":\""
                    + today + "\",\"inspectors\":[\"刘洋\"],\"summary\":\"" + summary + "\",\"findings\":[{\"description\":\"矩阵问题" + t.name()
                    + "\",\"severity\":\"MINOR\",\"correctionRequired\":\"整改\",\"correctionDeadline\":\"" + today.plusDays(30) + "\"}]}")
                    .post("/api/v1/inspections");
            inspection.then().statusCode(201);
            String interview = countyAdmin(t).body("{\"townshipCode\":\"" + t.township() + "\",\"interviewedOn\":\"" + today + "\","
                    + "\"interviewers\":[\"县委组织部部长\"],\"interviewees\":[{\"name\":\"矩阵书记" + t.name() + "\",\"post\":\"乡党委书记\"}],"
                    + "\"grounds\":[\"OVERDUE_MEASURES\"],\"issues\":\"措施逾期\",\"commitments\":\"两周内完成\",\"followUpBy\":\""
                    + today.plusDays(14) + "\"}").post("/api/v1/interviews").then().statusCode(201).extract().path("id");
            String accountability = countyAdmin(t).body("{\"townshipCode\":\"" + t.township() + "\",\"villageCode\":\"" + t.village
                    + "\",\"failedTask\":\"矩阵追责" + t.name() + "\",\"ground\":\"INSPECTION_FINDING\",\"reference\":\""
                    + inspection.path("findings[0].id") + "\",\"persons\":[{\"name\":\"矩阵责任人" + t.name() + "\",\"post\":\"村党支部书记\","
                    + "\"unit\":\"村党支部\",\"sanction\":\"诫勉谈话\"}],\"decidedOn\":\"" + today + "\",\"decidedBy\":\"县纪委\"}")
                    .post("/api/v1/accountability").then().statusCode(201).extract().path("id");
            String bulletin = bulletins.computeIfAbsent(t.county(), county -> published(t, today));
            String notification = notificationOf(t, inspection.path("id"));
            w.at(t).path("cases", rectifying).path("acceptances", acceptance).path("follow-ups", followUp)
                    .path("inspections", inspection.path("id")).path("inspection-findings", inspection.path("findings[0].id"))
                    .path("interviews", interview).path("accountability", accountability).path("bulletins", bulletin)
                    .path("notifications", notification).path("statistics", "cases-identified")
                    .field("caseId", rectifying)
                    .sentinel(rectifying, consolidated, acceptance, followUp, inspection.path("id"), inspection.path("findings[0].id"),
                            interview, accountability, summary, "矩阵追责" + t.name(), "矩阵责任人" + t.name(), "矩阵验收" + t.name())
                    .referenceSentinel(bulletin);
            if (t == Target.A1) {
                AccessWorld.pairPartnersWithA1(rectifying, "/api/v1/cases/" + rectifying);
            }
        }
        return w;
    }

    /** The county's bulletin for this month, generated and published: read by every township of the county. */
    private static String published(Target t, LocalDate today) {
        Response draft = countyAdmin(t).body("{\"from\":\"2026-11-01\",\"to\":\"" + today + "\",\"title\":\"矩阵通报" + t.county()
                + "\"}").post("/api/v1/bulletins");
        draft.then().statusCode(201);
        countyAdmin(t).header("If-Match", draft.header("ETag")).post("/api/v1/bulletins/" + draft.path("id") + "/publication")
                .then().statusCode(200);
        return draft.path("id");
    }

    /** A case announced by village-service and moved on to RECTIFYING, once this service has it so. */
    private static String rectifying(Target t) {
        String caseId = UUID.randomUUID().toString();
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, t.village,
                VillageEventData.caseIdentified(caseId, t.village, "TEAM_INCOMPLETE"));
        moved(t, caseId, "IDENTIFIED", "PLANNING", 1);
        moved(t, caseId, "PLANNING", "RECTIFYING", 2);
        return caseId;
    }

    private static void moved(Target t, String caseId, String from, String to, int version) {
        CloudEvents.publish("bastion.village", VillageEventData.CASE_STATUS_CHANGED, t.village,
                VillageEventData.caseStatusChanged(caseId, t.village, from, to, null, version));
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (!Objects.equals(now, to)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("case " + caseId + " is " + now + ", not " + to + " after 30 s");
            }
            Response read = countyAdmin(t).get("/api/v1/cases/" + caseId);
            now = read.statusCode() == 200 ? read.path("status") : null;
        }
    }

    /** The notification the inspection sent the township's operators. */
    private static String notificationOf(Target t, String inspection) {
        Response inbox = AccessWorld.township(t).queryParam("kind", "inspection-recorded").get("/api/v1/notifications");
        inbox.then().statusCode(200);
        return inbox.jsonPath().getList("items", Map.class).stream().filter(n -> inspection.equals(n.get("reference")))
                .map(n -> (String) n.get("id")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no notification of inspection " + inspection + " for " + t.township()));
    }
}
