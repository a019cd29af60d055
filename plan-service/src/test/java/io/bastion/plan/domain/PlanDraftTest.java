package io.bastion.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Set<String> CATEGORIES = Set.of("TEAM_INCOMPLETE");

    private static List<String> rules(PlanDraft draft) {
        return draft.violations(CATEGORIES, TODAY).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void anIncompleteButSensibleDraftIsAccepted() {
        assertEquals(List.of(), rules(new PlanDraft(null, "配齐班子", List.of(new PlanProblem("P1", "TEAM_INCOMPLETE", "书记缺职", null)),
                List.of(new MeasureDraft("M1", "P1", "选派第一书记", null, null, null, null, null, null)), null, null)));
    }

    @Test
    void everyBrokenRuleIsListed() {
        PlanDraft draft = new PlanDraft(null, " ",
                List.of(new PlanProblem("P1", "NO_VENUE", "无场所", null), new PlanProblem("P1", "TEAM_INCOMPLETE", "", null)),
                List.of(new MeasureDraft("M 1", "P7", "x", "MAGIC", null, null, null, null, null)),
                new CommitteeMeeting(TODAY.plusDays(1), List.of(), "MAYBE", null),
                new RepresentativesMeeting(TODAY, 30, 31, 20, 10, 5, null));
        assertEquals(List.of("goals:required", "problems[0].category:category-of-case", "problems[1].key:duplicate",
                "problems[1].description:required", "measures[0].key:key", "measures[0].problem:problem-exists",
                "measures[0].remedy:one-of", "committeeMeeting.date:not-in-the-future", "committeeMeeting.attendees:required",
                "committeeMeeting.decision:one-of", "representativesMeeting.present:not-more-than-total",
                "representativesMeeting.inFavour:votes-within-present"), rules(draft));
    }

    @Test
    void normalisingTrimsTextAndDropsEmptyOptionalText() {
        PlanDraft draft = new PlanDraft(null, " 配齐班子 ", List.of(new PlanProblem("P1", "TEAM_INCOMPLETE", " 书记缺职 ", " ")),
                List.of(new MeasureDraft("M1", "P1", " 选派 ", null, " ", "", null, null, null)), null, null).normalized();
        assertEquals("配齐班子", draft.goals());
        assertEquals(new PlanProblem("P1", "TEAM_INCOMPLETE", "书记缺职", null), draft.problemList().get(0));
        assertEquals(new MeasureDraft("M1", "P1", "选派", null, null, null, null, null, null), draft.measureList().get(0));
    }
}
