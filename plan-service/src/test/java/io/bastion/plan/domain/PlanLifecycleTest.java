package io.bastion.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanLifecycleTest {

    @Test
    void theThreeStepsInOrderWithReturnsInBetween() {
        assertDoesNotThrow(() -> PlanLifecycle.check(PlanStage.DRAFTING, PlanStage.AWAITING_EVALUATION));
        assertDoesNotThrow(() -> PlanLifecycle.check(PlanStage.AWAITING_EVALUATION, PlanStage.AWAITING_AUDIT));
        assertDoesNotThrow(() -> PlanLifecycle.check(PlanStage.AWAITING_AUDIT, PlanStage.RETURNED));
        assertDoesNotThrow(() -> PlanLifecycle.check(PlanStage.RETURNED, PlanStage.AWAITING_AUDIT));
        assertDoesNotThrow(() -> PlanLifecycle.check(PlanStage.AWAITING_AUDIT, PlanStage.APPROVED));
    }

    @Test
    void aMoveNotThereNamesTheOnesThatAre() {
        PlanLifecycle.IllegalStage e = assertThrows(PlanLifecycle.IllegalStage.class,
                () -> PlanLifecycle.check(PlanStage.DRAFTING, PlanStage.APPROVED));
        assertEquals(List.of("AWAITING_EVALUATION"), e.allowed());
        assertEquals("illegal-stage", e.problemType());
        assertEquals(List.of(), assertThrows(PlanLifecycle.IllegalStage.class,
                () -> PlanLifecycle.check(PlanStage.APPROVED, PlanStage.RETURNED)).allowed());
        assertEquals(Set.of(), PlanLifecycle.allowedFrom(PlanStage.APPROVED));
    }

    @Test
    void aFirstSubmissionIsEvaluatedARevisedOneGoesBackToTheAudit() {
        assertEquals(PlanStage.AWAITING_EVALUATION, PlanLifecycle.afterSubmission(PlanStage.DRAFTING));
        assertEquals(PlanStage.AWAITING_AUDIT, PlanLifecycle.afterSubmission(PlanStage.RETURNED));
    }

    @Test
    void onlyTheTownshipsStagesAreEditable() {
        assertTrue(PlanLifecycle.editable(PlanStage.DRAFTING));
        assertTrue(PlanLifecycle.editable(PlanStage.RETURNED));
        assertFalse(PlanLifecycle.editable(PlanStage.AWAITING_EVALUATION));
        assertFalse(PlanLifecycle.editable(PlanStage.AWAITING_AUDIT));
        assertFalse(PlanLifecycle.editable(PlanStage.APPROVED));
    }
}
