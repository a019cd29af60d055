package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A steady campaign through the public APIs, one village after another on each of a few workers:
 * the village registered, its case identified as a city-B key contact, its plan drafted, submitted,
 * evaluated and approved, a county leader paired and a road built for it, a weekly report, and an
 * acceptance that passes. Each step waits for the service it needs to have learnt of the last, so
 * the workload crosses Kafka at every turn. Stopping lets every worker finish its village.
 */
final class CampaignWorkload {

    static final String COUNTY = "410423";
    private static final int TOWNSHIPS = 10;
    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String CATEGORY = "TEAM_INCOMPLETE";
    private static final String BASIS = "班子不健全，书记长期空缺";

    private final DrillClient api;
    private final LocalDate today = LocalDate.now(COUNTY_ZONE);
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Queue<Throwable> defects = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopping;
    private String leaderId;
    private String unitId;

    CampaignWorkload(DrillClient api) {
        this.api = api;
    }

    /** The county, its townships, a county leader and a department, as a county sets them up before the campaign. */
    static String divisionsCsv() {
        StringBuilder csv = new StringBuilder("code,name,urbanRuralClass\n").append(COUNTY).append("000000,鲁山县,\n");
        IntStream.rangeClosed(1, TOWNSHIPS).forEach(t -> csv.append(township(t)).append("000,演练").append(t).append("乡,\n"));
        return csv.toString();
    }

    private static String township(int t) {
        return COUNTY + (200 + t);
    }

    void start(int count) {
        leaderId = api.create(ServiceSpec.ASSISTANCE, "/api/v1/leaders", Map.of("account", "drill-leader", "name", "王建国", "post", "县委副书记")).text("id");
        unitId = api.create(ServiceSpec.ASSISTANCE, "/api/v1/units", Map.of("account", "drill-unit", "name", "县交通运输局", "kind", "COUNTY_DEPARTMENT")).text("id");
        for (int w = 0; w < count; w++) {
            Thread worker = new Thread(this::work, "drill-workload-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Asks every worker to finish the village it is on, and waits for them. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread worker : workers) {
            worker.join();
        }
    }

    int villagesFinished() {
        return finished.get();
    }

    List<Throwable> defects() {
        return List.copyOf(defects);
    }

    private void work() {
        while (!stopping && defects.isEmpty()) {
            try {
                village(next.getAndIncrement());
                finished.incrementAndGet();
            } catch (RuntimeException e) {
                defects.add(e);
            }
        }
    }

    private void village(int n) {
        String code = township(1 + n % TOWNSHIPS) + (201 + n / TOWNSHIPS);
        api.create(ServiceSpec.VILLAGE, "/api/v1/villages", Map.of("code", code, "name", "演练" + n + "村", "urbanRuralClass", "220",
                "households", 300, "population", 1200, "partyMembers", 40, "partyOrganizationForm", "BRANCH"));
        String caseId = api.create(ServiceSpec.VILLAGE, "/api/v1/cases", Map.of("villageCode", code, "campaignYear", today.getYear(),
                "categories", List.of(CATEGORY), "basis", BASIS, "source", "SCREENING", "grade", "CITY_B",
                "talksHeld", 3, "suggestionsCollected", 5)).text("id");

        api.await(ServiceSpec.PLAN, "/api/v1/cases/" + caseId, body -> true, "plan-service learning of case " + caseId);
        DrillClient.Answer drafted = api.create(ServiceSpec.PLAN, "/api/v1/plans", CampaignForms.plan(caseId, List.of(CATEGORY), BASIS, today,
                () -> "李志强", () -> today.plusDays(120)));
        String path = "/api/v1/plans/" + drafted.text("id");
        DrillClient.Answer at = api.step(ServiceSpec.PLAN, path + "/submission", drafted.etag(), null, path, stage("AWAITING_EVALUATION"));
        at = api.step(ServiceSpec.PLAN, path + "/evaluations", at.etag(), CampaignForms.evaluation(CATEGORY), path, stage("AWAITING_AUDIT"));
        api.step(ServiceSpec.PLAN, path + "/audits", at.etag(), Map.of("decision", "APPROVE", "judgements", CampaignForms.judgements(true)),
                path, stage("APPROVED"));

        api.await(ServiceSpec.ASSISTANCE, "/api/v1/cases/" + caseId, body -> true, "assistance-service learning of case " + caseId);
        api.create(ServiceSpec.ASSISTANCE, "/api/v1/pairings", Map.of("caseId", caseId, "form", "COUNTY_LEADER_CONTACT", "leaderId", leaderId));
        api.create(ServiceSpec.ASSISTANCE, "/api/v1/help", Map.of("kind", "ROAD", "villageCode", code, "unitId", unitId, "date", today.toString(),
                "title", "新修硬化村组公路", "lengthKm", 1.5, "amount", 12));

        api.await(ServiceSpec.SUPERVISION, "/api/v1/cases/" + caseId, body -> "RECTIFYING".equals(body.path("status").asText()),
                "case " + caseId + " rectifying in supervision-service");
        String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        api.create(ServiceSpec.SUPERVISION, "/api/v1/weekly-reports", Map.of("caseId", caseId, "week", week, "progress", "新书记到岗，班子例会恢复",
                "problems", "集体经济仍然薄弱", "nextSteps", "召开党员大会", "attachments", List.of("会议记录-" + week)));
        DrillClient.Answer requested = api.create(ServiceSpec.SUPERVISION, "/api/v1/acceptances", Map.of("caseId", caseId, "note", "整改措施已全部完成"));
        String acceptance = "/api/v1/acceptances/" + requested.text("id");
        api.step(ServiceSpec.SUPERVISION, acceptance + "/assessment", requested.etag(), CampaignForms.assessment(true, today), acceptance,
                body -> "PASSED".equals(body.path("status").asText()));
    }

    private static Predicate<JsonNode> stage(String stage) {
        return body -> stage.equals(body.path("stage").asText());
    }
}
