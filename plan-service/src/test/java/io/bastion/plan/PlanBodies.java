package io.bastion.plan;

import io.bastion.platform.domain.Now;

/** JSON bodies of plans, measures and meetings as a township writes them. */
public final class PlanBodies {

    /** Comfortably inside the 2026 campaign (which ends on 2027-12-31) and after today. */
    public static final String DEADLINE = Now.today().plusMonths(6).toString();

    private PlanBodies() {
    }

    public static String problem(String key, String category) {
        return "{\"key\":\"" + key + "\",\"category\":\"" + category + "\",\"description\":\"" + category
                + " 的具体表现\",\"evidence\":\"走访记录 2026-11\"}";
    }

    public static String measure(String key, String problem, String remedy, String person, String deadline) {
        return "{\"key\":\"" + key + "\",\"problem\":\"" + problem + "\",\"action\":\"针对 " + problem + " 的整改措施\","
                + "\"remedy\":" + quoted(remedy) + ",\"responsiblePerson\":" + quoted(person) + ",\"responsiblePost\":\"镇组织委员\","
                + "\"responsibleUnit\":\"熊背乡党委\",\"deadline\":" + quoted(deadline) + ",\"expectedResult\":\"问题解决\"}";
    }

    /** A measure that passes every rule. */
    public static String measure(String key, String problem) {
        return measure(key, problem, "WEAKNESS", "王军", DEADLINE);
    }

    public static String committee(String decision) {
        return "{\"date\":\"2026-11-02\",\"attendees\":[\"张书记\",\"李镇长\",\"王委员\"],\"decision\":\"" + decision + "\"}";
    }

    public static String representatives(int total, int present, int inFavour) {
        int against = Math.min(present - inFavour, 2);
        return "{\"date\":\"2026-11-05\",\"representativesTotal\":" + total + ",\"present\":" + present + ",\"inFavour\":" + inFavour
                + ",\"against\":" + against + ",\"abstain\":" + (present - inFavour - against) + ",\"opinions\":\"同意\"}";
    }

    /** A draft with both meetings passed, ready to submit. */
    public static String plan(String caseId, String problems, String measures) {
        return "{\"caseId\":\"" + caseId + "\",\"goals\":\"一年内配齐配强班子，规范村务公开\",\"problems\":[" + problems
                + "],\"measures\":[" + measures + "],\"committeeMeeting\":" + committee("ADOPTED")
                + ",\"representativesMeeting\":" + representatives(30, 22, 18) + "}";
    }

    public static String judgements(boolean accurate, boolean actionable, boolean owned) {
        return "[{\"rule\":\"PROBLEMS_ACCURATE\",\"passed\":" + accurate + ",\"note\":\"逐项核对\"},"
                + "{\"rule\":\"MEASURES_ACTIONABLE\",\"passed\":" + actionable + "},"
                + "{\"rule\":\"OWNER_AND_DEADLINE\",\"passed\":" + owned + "}]";
    }

    public static String approval() {
        return "{\"decision\":\"APPROVE\",\"judgements\":" + judgements(true, true, true) + "}";
    }

    public static String evaluation() {
        return "{\"feasibility\":\"措施可行\",\"expectedEffect\":\"可望一年内转化\",\"suggestions\":["
                + "{\"remedy\":\"WEAKNESS\",\"suggestion\":\"从致富能手中选书记\"},{\"remedy\":\"LAXITY\",\"suggestion\":\"建立村务公开日\"}]}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
