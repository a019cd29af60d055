package io.bastion.supervision.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A figure the county counts (DOMAIN.md, "What the county counts"), and how its facts add up: the
 * sum of their quantities, or the number of distinct subjects (villages, leaders) among them.
 */
public enum Figure {
    /** Villages, not cases: a village that relapsed and was identified again is one village in the campaign. */
    CASES_IDENTIFIED("cases-identified", "个", Sum.SUBJECTS),
    TALKS_HELD("talks-held", "次", Sum.QUANTITY),
    SUGGESTIONS_COLLECTED("suggestions-collected", "条", Sum.QUANTITY),
    PLANS_APPROVED("plans-approved", "个", Sum.QUANTITY),
    PLAN_RETURNS("plan-returns", "次", Sum.QUANTITY),
    LEADER_CONTACTS("leader-contacts", "名", Sum.SUBJECTS),
    DEPARTMENT_PAIRINGS("department-pairings", "个", Sum.QUANTITY),
    ENVOYS_SENT("envoys-sent", "人", Sum.QUANTITY),
    LEADER_VISITS("leader-visits", "次", Sum.QUANTITY),
    WEEKLY_REPORTS("weekly-reports", "份", Sum.QUANTITY),
    WEEKLY_REPORTS_MISSED("weekly-reports-missed", "份", Sum.QUANTITY),
    INSPECTIONS("inspections", "次", Sum.QUANTITY),
    INSPECTION_FINDINGS("inspection-findings", "个", Sum.QUANTITY),
    BULLETINS_PUBLISHED("bulletins-published", "期", Sum.QUANTITY),
    INTERVIEWS_HELD("interviews-held", "次", Sum.QUANTITY),
    PEOPLE_HELD_ACCOUNTABLE("people-held-accountable", "人", Sum.QUANTITY),
    SECRETARIES_APPOINTED("secretaries-appointed", "人", Sum.QUANTITY),
    MEMBERS_APPOINTED("members-appointed", "人", Sum.QUANTITY),
    RESERVE_CADRES("reserve-cadres", "人", Sum.QUANTITY),
    CADRES_ADJUSTED("cadres-adjusted", "人", Sum.QUANTITY),
    TRAINING_SESSIONS("training-sessions", "期", Sum.QUANTITY),
    CADRES_TRAINED("cadres-trained", "人", Sum.QUANTITY),
    PETITION_RISKS_RESOLVED("petition-risks-resolved", "件", Sum.QUANTITY),
    PROJECTS("projects", "个", Sum.QUANTITY),
    FUNDS("funds", "万元", Sum.QUANTITY),
    VILLAGES_AUDITED("villages-audited", "个", Sum.SUBJECTS),
    RULES_ESTABLISHED("rules-established", "项", Sum.QUANTITY),
    PARTY_MEMBERS_DEVELOPED("party-members-developed", "名", Sum.QUANTITY),
    ACTIVISTS_DEVELOPED("activists-developed", "名", Sum.QUANTITY),
    VENUES_BUILT("venues-built", "个", Sum.SUBJECTS),
    VENUE_AREA("venue-area", "平方米", Sum.QUANTITY),
    VENUE_INVESTMENT("venue-investment", "万元", Sum.QUANTITY),
    ROAD_VILLAGES("road-villages", "个", Sum.SUBJECTS),
    ROAD_KM("road-km", "公里", Sum.QUANTITY),
    ROAD_FUNDS("road-funds", "万元", Sum.QUANTITY),
    WATER_BIOGAS_HOUSEHOLDS("water-biogas-households", "户", Sum.QUANTITY),
    WATER_BIOGAS_FUNDS("water-biogas-funds", "万元", Sum.QUANTITY),
    ACCEPTANCES_PASSED("acceptances-passed", "次", Sum.QUANTITY),
    ACCEPTANCES_FAILED("acceptances-failed", "次", Sum.QUANTITY),
    CASES_TRANSFORMED("cases-transformed", "个", Sum.QUANTITY),
    CASES_WRITTEN_OFF("cases-written-off", "个", Sum.QUANTITY),
    CASES_RELAPSED("cases-relapsed", "个", Sum.QUANTITY),
    BACKWARD_TO_ADVANCED("backward-to-advanced", "个", Sum.SUBJECTS),
    INCOME_ZERO_TO_FIVE("income-zero-to-five", "个", Sum.SUBJECTS);

    /** The figures a village's yearly figures give: a village whose year was never recorded is missing from them. */
    private static final Set<Figure> YEARLY = EnumSet.of(PARTY_MEMBERS_DEVELOPED, ACTIVISTS_DEVELOPED, RULES_ESTABLISHED,
            VILLAGES_AUDITED, BACKWARD_TO_ADVANCED, INCOME_ZERO_TO_FIVE, VENUES_BUILT, VENUE_AREA, VENUE_INVESTMENT);

    /** How a figure's facts add up. */
    public enum Sum {
        QUANTITY, SUBJECTS
    }

    public final String key;
    public final String unit;
    public final Sum sum;

    Figure(String key, String unit, Sum sum) {
        this.key = key;
        this.unit = unit;
        this.sum = sum;
    }

    public boolean yearly() {
        return YEARLY.contains(this);
    }

    public static Optional<Figure> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
