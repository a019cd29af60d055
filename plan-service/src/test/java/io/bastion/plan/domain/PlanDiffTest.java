package io.bastion.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanDiffTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static PlanDraft plan(String goals, List<PlanProblem> problems, List<MeasureDraft> measures, RepresentativesMeeting r) {
        return new PlanDraft(null, goals, problems, measures, null, r);
    }

    @Test
    void theSamePlanHasNoDifferences() {
        PlanDraft p = plan("配齐班子", List.of(new PlanProblem("P1", "TEAM_INCOMPLETE", "书记缺职", null)), List.of(), null);
        assertTrue(PlanDiff.between(p, p).isEmpty());
    }

    @Test
    void changesAreNamedByKeyAndField() {
        MeasureDraft m1 = new MeasureDraft("M1", "P1", "选派第一书记", null, null, null, null, null, null);
        MeasureDraft m1Refined = new MeasureDraft("M1", "P1", "选派第一书记", "WEAKNESS", "王军", null, null, LocalDate.of(2027, 3, 31), null);
        MeasureDraft m2 = new MeasureDraft("M2", "P1", "每月公开村务", "LAXITY", "赵敏", null, null, LocalDate.of(2027, 6, 30), null);
        PlanDraft before = plan("配齐班子", List.of(new PlanProblem("P1", "TEAM_INCOMPLETE", "书记缺职", null),
                new PlanProblem("P9", "TEAM_INCOMPLETE", "重复", null)), List.of(m1), new RepresentativesMeeting(DAY, 30, 20, 11, 5, 4, null));
        PlanDraft after = plan("配齐配强班子", List.of(new PlanProblem("P1", "TEAM_INCOMPLETE", "书记缺职", "组织部调查报告")),
                List.of(m1Refined, m2), new RepresentativesMeeting(DAY, 30, 22, 18, 2, 2, null));
        PlanDiff diff = PlanDiff.between(before, after);

        assertEquals(List.of("goals", "representativesMeeting.present", "representativesMeeting.inFavour",
                "representativesMeeting.against", "representativesMeeting.abstain"), diff.plan().stream().map(PlanDiff.FieldChange::field).toList());
        assertEquals(List.of("P1:CHANGED", "P9:REMOVED"), diff.problems().stream().map(c -> c.key() + ":" + c.change()).toList());
        assertEquals(List.of(new PlanDiff.FieldChange("evidence", null, "组织部调查报告")), diff.problems().get(0).fields());
        assertEquals(List.of("M1:CHANGED", "M2:ADDED"), diff.measures().stream().map(c -> c.key() + ":" + c.change()).toList());
        assertEquals(List.of("remedy", "responsiblePerson", "deadline"),
                diff.measures().get(0).fields().stream().map(PlanDiff.FieldChange::field).toList());
    }
}
