package io.bastion.village.domain;

import io.bastion.platform.domain.Conflict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class CaseMovesTest {

    @Test
    void everyMoveOfTheLifecycleIsMadeByTheStepThatDecidesIt() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseLifecycle.allowedFrom(from)) {
                assertNotNull(CaseMoves.decider(from, to), from + " -> " + to + " has no step that makes it");
                assertEquals("decided-elsewhere", CaseMoves.refusal(from, to).problemType());
            }
        }
        assertEquals(new CaseMoves.Decider("plan-service", "POST /api/v1/plans/{id}/audits"),
                CaseMoves.decider(CaseStatus.PLANNING, CaseStatus.RECTIFYING));
        assertEquals(new CaseMoves.Decider("supervision-service", "POST /api/v1/write-offs"),
                CaseMoves.decider(CaseStatus.CONSOLIDATING, CaseStatus.WRITTEN_OFF));
    }

    @Test
    void aMoveTheLifecycleDoesNotHaveIsIllegalAndNamesTheMovesThereAre() {
        Conflict refusal = CaseMoves.refusal(CaseStatus.IDENTIFIED, CaseStatus.RECTIFYING);
        assertEquals("illegal-transition", refusal.problemType());
        assertEquals(java.util.List.of("PLANNING"), refusal.allowed());
    }
}
