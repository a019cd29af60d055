package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An interview is proposed when a count reaches its threshold, not before. */
class InterviewRulesTest {

    private static final InterviewRules.Thresholds T = new InterviewRules.Thresholds(2, 3, 1);

    private static List<InterviewRules.Rule> rules(long missed, long overdue, long failed) {
        return InterviewRules.grounds(missed, overdue, failed, T).stream().map(InterviewRules.Ground::rule).toList();
    }

    @Test
    void eachRuleAtItsThreshold() {
        assertEquals(List.of(), rules(1, 2, 0));
        assertEquals(List.of(InterviewRules.Rule.MISSED_REPORTS), rules(2, 2, 0));
        assertEquals(List.of(InterviewRules.Rule.OVERDUE_MEASURES), rules(1, 3, 0));
        assertEquals(List.of(InterviewRules.Rule.FAILED_ACCEPTANCES), rules(0, 0, 1));
        assertEquals(List.of(InterviewRules.Rule.MISSED_REPORTS, InterviewRules.Rule.OVERDUE_MEASURES,
                InterviewRules.Rule.FAILED_ACCEPTANCES), rules(5, 9, 2));
    }

    @Test
    void aGroundNamesItsCountAndThreshold() {
        assertEquals(new InterviewRules.Ground(InterviewRules.Rule.OVERDUE_MEASURES, 4, 3), InterviewRules.grounds(0, 4, 0, T).get(0));
    }

    @Test
    void aTownshipInterviewedWithinTheWindowIsNotProposedAgain() {
        List<InterviewRules.Ground> met = InterviewRules.grounds(5, 0, 0, new InterviewRules.Thresholds(3, 3, 2));
        org.junit.jupiter.api.Assertions.assertTrue(InterviewRules.proposes(met, false));
        org.junit.jupiter.api.Assertions.assertFalse(InterviewRules.proposes(met, true));
        org.junit.jupiter.api.Assertions.assertFalse(InterviewRules.proposes(List.of(), false));
    }
}
