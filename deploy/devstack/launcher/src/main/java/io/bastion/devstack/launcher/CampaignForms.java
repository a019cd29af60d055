package io.bastion.devstack.launcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bodies a county sends to take a village through the campaign, as the demo county and the
 * fault drill both send them: a plan for the case's categories, its evaluation and audit, and the
 * acceptance's assessment.
 */
final class CampaignForms {

    static final Map<String, String> REMEDY = Map.ofEntries(Map.entry("TEAM_INCOMPLETE", "WEAKNESS"),
            Map.entry("SECRETARY_UNFIT", "MEDIOCRITY"), Map.entry("TEAM_DISUNITED", "WEAKNESS"), Map.entry("RULES_NOMINAL", "LAXITY"),
            Map.entry("ELECTION_BRIBERY", "CORRUPTION"), Map.entry("CLAN_OR_GANG_INTERFERENCE", "DISORDER"),
            Map.entry("DISCLOSURE_CHAOS", "FALSITY"), Map.entry("ORDER_AND_PETITIONS", "DISORDER"), Map.entry("NO_VENUE", "POVERTY"),
            Map.entry("POOR_SERVICE", "SLOTH"), Map.entry("VILLAGE_TYRANT", "DISORDER"), Map.entry("PETTY_CORRUPTION", "CORRUPTION"),
            Map.entry("NO_COLLECTIVE_INCOME", "POVERTY"));
    private static final Map<String, String> ACTION = Map.ofEntries(Map.entry("TEAM_INCOMPLETE", "选配党性强、能力强的党组织书记"),
            Map.entry("SECRETARY_UNFIT", "调整不胜任的书记，县乡干部驻村帮带"), Map.entry("TEAM_DISUNITED", "乡党委逐一谈心谈话，调整班子分工"),
            Map.entry("RULES_NOMINAL", "恢复“三会一课”和主题党日"), Map.entry("ELECTION_BRIBERY", "依法查处拉票贿选，规范换届程序"),
            Map.entry("CLAN_OR_GANG_INTERFERENCE", "联合政法部门排查打击"), Map.entry("DISCLOSURE_CHAOS", "推行“四议两公开”，每月公开村务财务"),
            Map.entry("ORDER_AND_PETITIONS", "逐件化解信访积案"), Map.entry("NO_VENUE", "新建村级组织活动场所"),
            Map.entry("POOR_SERVICE", "建立为民服务代理制"), Map.entry("VILLAGE_TYRANT", "排查整治村霸问题"),
            Map.entry("PETTY_CORRUPTION", "开展村级财务审计"), Map.entry("NO_COLLECTIVE_INCOME", "发展食用菌等集体经济项目"));

    private CampaignForms() {
    }

    /** A plan with one problem and one measure a category, adopted by both village meetings on {@code day}. */
    static Map<String, Object> plan(String caseId, List<String> categories, String basis, LocalDate day, Supplier<String> names,
                                    Supplier<LocalDate> deadlines) {
        List<Map<String, Object>> problems = new ArrayList<>();
        List<Map<String, Object>> measures = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get(i);
            problems.add(Map.of("key", "P" + (i + 1), "category", category, "description", basis));
            measures.add(Map.of("key", "M" + (i + 1), "problem", "P" + (i + 1), "action", ACTION.get(category), "remedy", REMEDY.get(category),
                    "responsiblePerson", names.get(), "deadline", deadlines.get().toString()));
        }
        return Map.of("caseId", caseId, "goals", "一年内班子配齐配强、制度规范运行", "problems", problems, "measures", measures,
                "committeeMeeting", Map.of("date", day.toString(), "attendees", List.of(names.get(), names.get(), names.get()), "decision", "ADOPTED"),
                "representativesMeeting", Map.of("date", day.toString(), "representativesTotal", 31, "present", 25, "inFavour", 22,
                        "against", 1, "abstain", 2));
    }

    /** The county's evaluation, suggesting the remedy of the plan's first category. */
    static Map<String, Object> evaluation(String firstCategory) {
        return Map.of("feasibility", "措施可行，责任明确", "expectedEffect", "一年内可望实现转化",
                "suggestions", List.of(Map.of("remedy", REMEDY.get(firstCategory), "suggestion", "突出问题导向，抓好班子建设")));
    }

    static List<Map<String, Object>> judgements(boolean passed) {
        return List.of(Map.of("rule", "PROBLEMS_ACCURATE", "passed", passed), Map.of("rule", "MEASURES_ACTIONABLE", "passed", true),
                Map.of("rule", "OWNER_AND_DEADLINE", "passed", true));
    }

    /** 85 points (passes) or 62 (fails, with a new deadline 90 days after {@code today}), 4 of 40 surveyed dissatisfied. */
    static Map<String, Object> assessment(boolean pass, LocalDate today) {
        int[] points = pass ? new int[]{27, 18, 17, 16, 7} : new int[]{18, 12, 12, 14, 6};
        String[] items = {"TEAM", "RULES", "DISCLOSURE", "PROBLEMS", "DEVELOPMENT"};
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            scores.add(Map.of("item", items[i], "score", points[i]));
        }
        Map<String, Object> body = new HashMap<>(Map.of("scores", scores, "partyMembers", Map.of("respondents", 20, "dissatisfied", 2),
                "representatives", Map.of("respondents", 20, "dissatisfied", 2)));
        if (!pass) {
            body.put("newDeadline", today.plusDays(90).toString());
        }
        return body;
    }
}
