package io.bastion.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each of the three no-pass rules fails on its own, and a complete plan passes all three. */
class AuditChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);
    private static final List<String> CATEGORIES = List.of("TEAM_INCOMPLETE", "DISCLOSURE_CHAOS");
    private static final List<PlanProblem> PROBLEMS = List.of(
            new PlanProblem("P1", "TEAM_INCOMPLETE", "书记长期缺职", null),
            new PlanProblem("P2", "DISCLOSURE_CHAOS", "村务公开不及时", null));

    private static MeasureDraft measure(String key, String problem, String remedy, String person, LocalDate deadline) {
        return new MeasureDraft(key, problem, "措施" + key, remedy, person, "镇组织委员", "熊背乡党委", deadline, null);
    }

    private static final List<MeasureDraft> MEASURES = List.of(
            measure("M1", "P1", "WEAKNESS", "王军", LocalDate.of(2027, 3, 31)),
            measure("M2", "P2", "LAXITY", "赵敏", LocalDate.of(2027, 6, 30)));

    private static Map<AuditRule, List<String>> check(List<PlanProblem> problems, List<MeasureDraft> measures) {
        Map<AuditRule, List<Finding>> findings = AuditChecks.check(CATEGORIES, problems, measures, TODAY, END);
        return Map.of(
                AuditRule.PROBLEMS_ACCURATE, codes(findings.get(AuditRule.PROBLEMS_ACCURATE)),
                AuditRule.MEASURES_ACTIONABLE, codes(findings.get(AuditRule.MEASURES_ACTIONABLE)),
                AuditRule.OWNER_AND_DEADLINE, codes(findings.get(AuditRule.OWNER_AND_DEADLINE)));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + ":" + f.subject()).toList();
    }

    @Test
    void aCompletePlanPassesAllThree() {
        Map<AuditRule, List<Finding>> findings = AuditChecks.check(CATEGORIES, PROBLEMS, MEASURES, TODAY, END);
        assertTrue(AuditChecks.allPass(findings));
        assertEquals(3, findings.size());
    }

    @Test
    void problemsNotAccurateWhenACategoryIsAddressedByNoProblem() {
        Map<AuditRule, List<String>> found = check(PROBLEMS.subList(0, 1), MEASURES.subList(0, 1));
        assertEquals(List.of("category-not-addressed:DISCLOSURE_CHAOS"), found.get(AuditRule.PROBLEMS_ACCURATE));
        assertEquals(List.of(), found.get(AuditRule.MEASURES_ACTIONABLE));
        assertEquals(List.of(), found.get(AuditRule.OWNER_AND_DEADLINE));
    }

    @Test
    void measuresNotActionableWhenAProblemHasNoMeasureOrAMeasureNoRemedy() {
        Map<AuditRule, List<String>> found = check(PROBLEMS, List.of(measure("M1", "P1", null, "王军", LocalDate.of(2027, 3, 31))));
        assertEquals(List.of("problem-without-measure:P2", "measure-without-remedy:M1"), found.get(AuditRule.MEASURES_ACTIONABLE));
        assertEquals(List.of(), found.get(AuditRule.PROBLEMS_ACCURATE));
        assertEquals(List.of(), found.get(AuditRule.OWNER_AND_DEADLINE));
    }

    @Test
    void ownerAndDeadlineUnclearForEachMissingOrMisplacedOne() {
        Map<AuditRule, List<String>> found = check(PROBLEMS, List.of(
                measure("M1", "P1", "WEAKNESS", " ", LocalDate.of(2027, 3, 31)),
                measure("M2", "P2", "LAXITY", "赵敏", null),
                measure("M3", "P2", "LAXITY", "赵敏", TODAY),
                measure("M4", "P2", "LAXITY", "赵敏", END.plusDays(1)),
                measure("M5", "P2", "LAXITY", "赵敏", END)));
        assertEquals(List.of("measure-without-owner:M1", "measure-without-deadline:M2", "deadline-not-after-today:M3",
                "deadline-after-campaign:M4"), found.get(AuditRule.OWNER_AND_DEADLINE));
        assertEquals(List.of(), found.get(AuditRule.PROBLEMS_ACCURATE));
        assertEquals(List.of(), found.get(AuditRule.MEASURES_ACTIONABLE));
    }

    @Test
    void theDayAfterTodayAndTheCampaignsLastDayAreInside() {
        Map<AuditRule, List<String>> found = check(PROBLEMS, List.of(
                measure("M1", "P1", "WEAKNESS", "王军", TODAY.plusDays(1)),
                measure("M2", "P2", "LAXITY", "赵敏", END)));
        assertEquals(List.of(), found.get(AuditRule.OWNER_AND_DEADLINE));
    }
}
