package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Loads the demo county into a running stack through the services' public APIs only, as the county's
 * users would, so every service's records and events agree: divisions and villages, cases, teams and
 * figures in village-service; plans in every state in plan-service; county leaders, departments,
 * pairings and help in assistance-service; weekly reports, acceptances, inspections and a published
 * bulletin in supervision-service.
 */
final class DemoLoader {

    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "建国志强宏伟海涛红梅立新明辉国庆晓峰卫东玉兰永刚文斌振华春生秀英德胜长青";

    private final Stack stack;
    private final DemoApi api;
    private final DemoCounty county = new DemoCounty();
    private final Random random = county.random();
    private final LocalDate today = LocalDate.now(COUNTY_ZONE);
    private final Map<DemoCounty.Case, String> caseIds = new LinkedHashMap<>();
    private final Map<DemoCounty.Case, String> planIds = new HashMap<>();
    private final List<String> leaderIds = new ArrayList<>();
    private final Map<String, List<String>> envoysByUnit = new LinkedHashMap<>();
    private int pairings;
    private int help;
    private int reports;

    DemoLoader(Stack stack, String countyAdminToken) {
        this.stack = stack;
        this.api = new DemoApi(countyAdminToken);
    }

    /** Loads the county unless it is there already (a second start on the same data); says what it did. */
    void load(PrintStream out) {
        if (api.exists(port("village-service"), "/api/v1/divisions/" + DemoCounty.COUNTY + "000000")) {
            out.println("devstack: the demo county is already loaded in this data directory");
            return;
        }
        Instant start = Instant.now();
        out.println("devstack: loading the demo county through the APIs …");
        divisionsAndVillages();
        casesTeamsAndFigures();
        plans();
        partners();
        pairingsAndHelp();
        supervision();
        out.printf(Locale.ROOT, "devstack: demo county %s loaded in %.1f s with %d requests: %d townships, %d villages, %d cases "
                        + "(%d city-B, %d county-C), %d plans, %d county leaders, %d departments, %d pairings, %d help records, "
                        + "%d weekly reports, 6 inspections, 1 bulletin%n", DemoCounty.COUNTY_NAME,
                Duration.between(start, Instant.now()).toMillis() / 1000.0, api.requests(), county.townships.size(), county.villages.size(),
                county.cases.size(), DemoCounty.CITY_B, DemoCounty.COUNTY_C, planIds.size(), leaderIds.size(), envoysByUnit.size(), pairings,
                help, reports);
    }

    private int port(String service) {
        return stack.running().stream().filter(s -> s.spec().name().equals(service)).findFirst().orElseThrow().port();
    }

    private void divisionsAndVillages() {
        StringBuilder divisions = new StringBuilder("code,name,urbanRuralClass\n").append(DemoCounty.COUNTY).append("000000,")
                .append(DemoCounty.COUNTY_NAME).append(",\n");
        county.townships.forEach(t -> divisions.append(t.code()).append("000,").append(t.name()).append(",\n"));
        api.upload(port("village-service"), "/api/v1/divisions/import", "text/csv; charset=utf-8", divisions.toString());
        StringBuilder villages = new StringBuilder("code,name,urbanRuralClass,households,population,partyMembers,partyOrganizationForm\n");
        county.villages.forEach(v -> villages.append(String.join(",", v.code(), v.name(), v.urbanRuralClass(), "" + v.households(),
                "" + v.population(), "" + v.partyMembers(), "BRANCH")).append('\n'));
        JsonNode summary = api.upload(port("village-service"), "/api/v1/villages/import", "text/csv; charset=utf-8", villages.toString()).body();
        if (summary.path("rejected").asInt(0) > 0) {
            throw new IllegalStateException("demo: villages rejected: " + summary);
        }
    }

    private void casesTeamsAndFigures() {
        int village = port("village-service");
        for (DemoCounty.Case c : county.cases) {
            caseIds.put(c, api.post(village, "/api/v1/cases", Map.of("villageCode", c.village().code(), "campaignYear", today.getYear(),
                    "categories", c.categories(), "basis", c.basis(), "source", "SCREENING", "grade", c.grade(),
                    "talksHeld", c.talks(), "suggestionsCollected", c.suggestions())).text("id"));
        }
        List<DemoCounty.Case> cases = county.cases;
        // As docs/figures.md counts them: 18 new secretaries by where they came from; 23 new members of the Party
        // branches (villagers' committee members are not among them); 24 incumbents adjusted; 40 reserve cadres.
        String[] sources = {"FROM_VILLAGE", "FROM_OTHER_VILLAGE", "SENT_BY_AGENCY", "SENT_BY_ENTERPRISE"};
        int[] bySource = {8, 5, 4, 1};
        int n = 0;
        for (int s = 0; s < sources.length; s++) {
            for (int i = 0; i < bySource[s]; i++) {
                member(cases.get(n++ % cases.size()), "SECRETARY", "PARTY_BRANCH", sources[s], false, day(), null, null);
            }
        }
        for (int i = 0; i < 23; i++) {
            member(cases.get((7 * i + 3) % cases.size()), i % 3 == 0 ? "DEPUTY_SECRETARY" : "MEMBER", "PARTY_BRANCH",
                    i % 4 == 0 ? "FROM_OTHER_VILLAGE" : "FROM_VILLAGE", false, day(), null, null);
        }
        for (int i = 0; i < 8; i++) {
            member(cases.get((11 * i + 5) % cases.size()), "MEMBER", "VILLAGERS_COMMITTEE", "FROM_VILLAGE", false, day(), null, null);
        }
        for (int i = 0; i < 24; i++) {
            // Secretaries adjusted where no new one was appointed: a village has one secretary in office at a time.
            member(cases.get(18 + (5 * i + 1) % (cases.size() - 18)), i % 2 == 0 ? "SECRETARY" : "MEMBER", "PARTY_BRANCH", "FROM_VILLAGE",
                    true, LocalDate.of(2018, 3, 1), day(), i % 6 == 0 ? "DISMISSED" : "ADJUSTED");
        }
        for (int i = 0; i < 40; i++) {
            member(cases.get((3 * i + 2) % cases.size()), "RESERVE_CADRE", null, "FROM_VILLAGE", false, day(), null, null);
        }
        // The village figures of the year: Party members, activists, venues, audits, rules, from backward to advanced.
        int[] members = county.spread(68, 40);
        int[] activists = county.spread(89, 50);
        int[] rules = county.spread(136, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            String code = cases.get(i).village().code();
            Map<String, Object> year = new HashMap<>();
            year.put("partyMembersDeveloped", i < 40 ? members[i] : 0);
            year.put("activistsDeveloped", i < 50 ? activists[i] : 0);
            year.put("rulesEstablished", rules[i]);
            year.put("financiallyAudited", i % 4 != 3);
            year.put("backwardToAdvanced", i % 7 == 0);
            if (i % 5 == 1 && i < 70) {
                year.put("venueBuilt", true);
                year.put("venueAreaM2", 150 + random.nextInt(250));
                year.put("venueInvestment", 15 + random.nextInt(45));
            }
            if (i % 23 == 4) {
                api.put(village, "/api/v1/villages/" + code + "/indicators/" + (today.getYear() - 1), Map.of("collectiveIncome", 0));
                year.put("collectiveIncome", 5 + random.nextInt(4));
            } else {
                year.put("collectiveIncome", 1 + random.nextInt(30));
            }
            api.put(village, "/api/v1/villages/" + code + "/indicators/" + today.getYear(), year);
        }
    }

    private void member(DemoCounty.Case c, String role, String committee, String source, boolean incumbent, LocalDate started,
                        LocalDate ended, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name());
        body.put("role", role);
        body.put("incumbent", incumbent);
        if (committee != null) {
            body.put("committee", committee);
        }
        body.put("appointmentSource", source);
        if (source.startsWith("SENT_BY")) {
            body.put("appointingUnit", source.equals("SENT_BY_AGENCY") ? DemoCounty.UNITS[random.nextInt(DemoCounty.UNITS.length)] : "县农村商业银行");
        }
        body.put("startedOn", started.toString());
        if (ended != null) {
            body.put("endedOn", ended.toString());
            body.put("leavingReason", reason);
        }
        api.post(port("village-service"), "/api/v1/villages/" + c.village().code() + "/team", body);
    }

    private void plans() {
        int plan = port("plan-service");
        for (Map.Entry<DemoCounty.Case, String> e : caseIds.entrySet()) {
            api.await(plan, "/api/v1/cases/" + e.getValue(), body -> true, "plan-service learning of case " + e.getValue());
        }
        for (Map.Entry<DemoCounty.Case, String> e : caseIds.entrySet()) {
            DemoCounty.Case c = e.getKey();
            if (c.progress() == DemoCounty.Progress.NO_PLAN) {
                continue;
            }
            DemoApi.Answer drafted = api.post(plan, "/api/v1/plans", planOf(c, e.getValue()));
            String id = drafted.text("id");
            planIds.put(c, id);
            if (c.progress() == DemoCounty.Progress.DRAFTING) {
                continue;
            }
            String path = "/api/v1/plans/" + id;
            DemoApi.Answer at = api.step(plan, path + "/submission", drafted.etag(), null);
            if (c.progress() == DemoCounty.Progress.AWAITING_EVALUATION) {
                continue;
            }
            at = api.step(plan, path + "/evaluations", at.etag(), CampaignForms.evaluation(c.categories().get(0)));
            if (c.progress() == DemoCounty.Progress.AWAITING_AUDIT) {
                continue;
            }
            boolean returnFirst = c.progress() == DemoCounty.Progress.RETURNED || c.progress() == DemoCounty.Progress.RETURNED_THEN_RECTIFYING;
            if (returnFirst) {
                at = api.step(plan, path + "/audits", at.etag(), Map.of("decision", "RETURN", "judgements", CampaignForms.judgements(false),
                        "reasons", List.of("存在问题找得不准，请细化")));
                if (c.progress() == DemoCounty.Progress.RETURNED) {
                    continue;
                }
                at = api.patch(plan, path, at.etag(), Map.of("goals", "一年内班子配齐配强、制度规范运行、群众满意度明显提升"));
                at = api.step(plan, path + "/submission", at.etag(), null);
            }
            api.step(plan, path + "/audits", at.etag(), Map.of("decision", "APPROVE", "judgements", CampaignForms.judgements(true)));
        }
    }

    private Map<String, Object> planOf(DemoCounty.Case c, String caseId) {
        return CampaignForms.plan(caseId, c.categories(), c.basis(), today, this::name, () -> today.plusDays(60 + random.nextInt(240)));
    }

    private void partners() {
        int assistance = port("assistance-service");
        for (int i = 0; i < DemoCounty.LEADERS; i++) {
            // The first leader and the first department sign in with the launcher's printed tokens.
            leaderIds.add(api.post(assistance, "/api/v1/leaders", Map.of("account", i == 0 ? "devstack-county-leader" : "leader-%02d".formatted(i),
                    "name", DemoCounty.LEADER_NAMES[i], "post", DemoCounty.LEADER_POSTS[i])).text("id"));
        }
        for (int i = 0; i < DemoCounty.UNITS.length; i++) {
            String unit = api.post(assistance, "/api/v1/units", Map.of("account", i == 0 ? "devstack-department" : "unit-%02d".formatted(i),
                    "name", DemoCounty.UNITS[i], "kind", "COUNTY_DEPARTMENT")).text("id");
            List<String> envoys = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                envoys.add(api.post(assistance, "/api/v1/units/" + unit + "/envoys", Map.of("name", name(), "post", k == 0 ? "副局长" : "科员",
                        "phone", "1380375%04d".formatted(i * 10 + k))).text("id"));
            }
            envoysByUnit.put(unit, envoys);
        }
    }

    private void pairingsAndHelp() {
        int assistance = port("assistance-service");
        for (String caseId : caseIds.values()) {
            api.await(assistance, "/api/v1/cases/" + caseId, body -> true, "assistance-service learning of case " + caseId);
        }
        List<String> units = new ArrayList<>(envoysByUnit.keySet());
        Map<String, Integer> used = new HashMap<>();
        int hard = 0;
        int i = 0;
        for (Map.Entry<DemoCounty.Case, String> e : caseIds.entrySet()) {
            DemoCounty.Case c = e.getKey();
            String leader = leaderIds.get(i++ % leaderIds.size());
            api.post(assistance, "/api/v1/pairings", Map.of("caseId", e.getValue(), "form", "COUNTY_LEADER_CONTACT", "leaderId", leader));
            pairings++;
            String form = c.grade().equals("CITY_B") ? "WORK_TEAM" : c.grade().equals("COUNTY_C") ? "PARTY_BUILDING_INSTRUCTOR"
                    : hard++ < 3 ? "FIRST_SECRETARY" : null;
            if (form != null) {
                int size = form.equals("WORK_TEAM") ? 2 : 1;
                String unit = units.stream().filter(u -> used.getOrDefault(u, 0) + size <= 3).findFirst().orElseThrow();
                List<String> envoys = envoysByUnit.get(unit).subList(used.getOrDefault(unit, 0), used.getOrDefault(unit, 0) + size);
                used.merge(unit, size, Integer::sum);
                api.post(assistance, "/api/v1/pairings", Map.of("caseId", e.getValue(), "form", form, "unitId", unit, "envoys", envoys,
                        "jointBranchSecretary", form.equals("FIRST_SECRETARY")));
                pairings++;
            }
            if (i <= 2 * DemoCounty.LEADERS) {
                help(Map.of("kind", i % 2 == 0 ? "VISIT" : "RESEARCH_TRIP", "villageCode", c.village().code(), "leaderId", leader,
                        "date", day().toString(), "title", i % 2 == 0 ? "走访党员群众" : "调研班子建设"));
            }
        }
        List<DemoCounty.Case> cases = new ArrayList<>(caseIds.keySet());
        String unit = units.get(0);
        int[] roadTenths = county.spread(1196, 20);
        int[] roadFunds = county.spread(812, 20);
        for (int r = 0; r < 20; r++) {
            help(Map.of("kind", "ROAD", "villageCode", cases.get(3 * r % cases.size()).village().code(), "unitId", units.get(r % units.size()),
                    "date", day().toString(), "title", "新修硬化村组公路", "lengthKm", roadTenths[r] / 10.0, "amount", roadFunds[r]));
        }
        int[] households = county.spread(9040, 20);
        int[] waterFunds = county.spread(706, 20);
        for (int w = 0; w < 20; w++) {
            help(Map.of("kind", w < 12 ? "WATER" : "BIOGAS", "villageCode", cases.get((3 * w + 1) % cases.size()).village().code(),
                    "unitId", units.get((w + 5) % units.size()), "date", day().toString(), "title", w < 12 ? "农村饮水安全工程" : "户用沼气池",
                    "households", households[w], "amount", waterFunds[w]));
        }
        int[] sessions = county.spread(29, 12);
        int[] trained = county.spread(612, 12);
        for (int t = 0; t < 12; t++) {
            help(Map.of("kind", "TRAINING", "townshipCode", cases.get(5 * t % cases.size()).village().township(), "date", day().toString(),
                    "title", "软弱涣散村干部培训班", "sessions", sessions[t], "peopleTrained", trained[t]));
        }
        int[] risks = county.spread(37, 15);
        for (int p = 0; p < 15; p++) {
            help(Map.of("kind", "PRACTICAL_MATTER", "villageCode", cases.get((4 * p + 2) % cases.size()).village().code(),
                    "date", day().toString(), "title", "化解信访隐患", "petitionRisksResolved", risks[p]));
        }
        int[] projectFunds = county.spread(915, 20);
        String[] kinds = {"食用菌种植", "光伏发电", "特色养殖", "乡村旅游", "小杂粮加工"};
        for (int p = 0; p < 20; p++) {
            help(Map.of("kind", "PROJECT", "villageCode", cases.get((2 * p + 1) % cases.size()).village().code(), "unitId",
                    units.get(p % units.size()), "date", day().toString(), "title", kinds[p % kinds.length] + "项目",
                    "projectKind", kinds[p % kinds.length], "amount", projectFunds[p]));
        }
        int[] funds = county.spread(588, 10);
        for (int f = 0; f < 10; f++) {
            help(Map.of("kind", "FUNDS", "villageCode", cases.get((6 * f + 5) % cases.size()).village().code(), "unitId", unit,
                    "date", day().toString(), "title", "扶持村集体发展资金", "amount", funds[f]));
        }
    }

    private void help(Map<String, Object> body) {
        api.post(port("assistance-service"), "/api/v1/help", body);
        help++;
    }

    private void supervision() {
        int supervision = port("supervision-service");
        List<Map.Entry<DemoCounty.Case, String>> underWay = caseIds.entrySet().stream().filter(e -> switch (e.getKey().progress()) {
            case RECTIFYING, RETURNED_THEN_RECTIFYING, ACCEPTANCE_FAILED, IN_ACCEPTANCE, CONSOLIDATING -> true;
            default -> false;
        }).toList();
        for (Map.Entry<DemoCounty.Case, String> e : underWay) {
            api.await(supervision, "/api/v1/cases/" + e.getValue(), body -> "RECTIFYING".equals(body.path("status").asText()),
                    "case " + e.getValue() + " rectifying in supervision-service");
        }
        // This week's reports from the key-contact villages still under way, but for three not yet in.
        String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<Map.Entry<DemoCounty.Case, String>> reporting = underWay.stream().filter(e -> !e.getKey().grade().equals("NONE")
                && e.getKey().progress() != DemoCounty.Progress.CONSOLIDATING).collect(Collectors.toList());
        for (Map.Entry<DemoCounty.Case, String> e : reporting.subList(0, Math.max(0, reporting.size() - 3))) {
            api.post(supervision, "/api/v1/weekly-reports", Map.of("caseId", e.getValue(), "week", week, "progress", "新书记到岗，班子例会恢复",
                    "problems", "集体经济仍然薄弱", "nextSteps", "召开党员大会，推进集体经济项目", "attachments", List.of("会议记录-" + week)));
            reports++;
        }
        for (Map.Entry<DemoCounty.Case, String> e : underWay) {
            DemoCounty.Progress progress = e.getKey().progress();
            if (progress == DemoCounty.Progress.CONSOLIDATING || progress == DemoCounty.Progress.ACCEPTANCE_FAILED
                    || progress == DemoCounty.Progress.IN_ACCEPTANCE) {
                DemoApi.Answer requested = api.post(supervision, "/api/v1/acceptances", Map.of("caseId", e.getValue(), "note", "整改措施已全部完成"));
                if (progress != DemoCounty.Progress.IN_ACCEPTANCE) {
                    api.step(supervision, "/api/v1/acceptances/" + requested.text("id") + "/assessment", requested.etag(),
                            CampaignForms.assessment(progress == DemoCounty.Progress.CONSOLIDATING, today));
                }
            }
        }
        String[] kinds = {"ANNOUNCED", "UNANNOUNCED"};
        String[][] findings = {{"村务公开栏内容未更新", "MINOR"}, {"“三会一课”记录不全", "SERIOUS"}, {"集体资金账目不清", "CRITICAL"}};
        for (int i = 0; i < 6; i++) {
            DemoCounty.Case c = underWay.get(4 * i % underWay.size()).getKey();
            List<Map<String, Object>> found = new ArrayList<>();
            for (int f = 0; f <= i % 3 && found.size() < 2; f++) {
                found.add(Map.of("description", findings[(i + f) % 3][0], "severity", findings[(i + f) % 3][1],
                        "correctionRequired", "限期整改到位", "correctionDeadline", today.plusDays(7 + 7 * f).toString()));
            }
            api.post(supervision, "/api/v1/inspections", Map.of("kind", kinds[i % 2], "villageCode", c.village().code(),
                    "inspectedOn", today.toString(), "inspectors", List.of(name(), name()), "summary", "检查整顿推进和制度落实情况",
                    "findings", found));
        }
        DemoApi.Answer bulletin = api.post(supervision, "/api/v1/bulletins", Map.of("from", today.withDayOfMonth(1).toString(),
                "to", today.toString(), "title", DemoCounty.COUNTY_NAME + "软弱涣散村党组织整顿工作进展通报（" + today.getMonthValue() + "月）"));
        api.step(supervision, "/api/v1/bulletins/" + bulletin.text("id") + "/publication", bulletin.etag(), null);
    }

    /** A day of this year up to today, for records the demo backdates a little. */
    private LocalDate day() {
        LocalDate first = today.with(DayOfWeek.MONDAY).minusWeeks(12);
        LocalDate start = first.getYear() < today.getYear() ? today.withDayOfYear(1) : first;
        return start.plusDays(random.nextInt((int) (today.toEpochDay() - start.toEpochDay()) + 1));
    }

    private String name() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }
}
