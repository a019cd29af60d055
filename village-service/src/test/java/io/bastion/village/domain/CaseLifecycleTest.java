package io.bastion.village.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "IDENTIFIED, PLANNING",
            "PLANNING, RECTIFYING",
            "RECTIFYING, ACCEPTANCE",
            "ACCEPTANCE, RECTIFYING",
            "ACCEPTANCE, CONSOLIDATING",
            "CONSOLIDATING, WRITTEN_OFF",
            "CONSOLIDATING, RELAPSED",
    })
    void theLifecycleOfTheSource(CaseStatus from, CaseStatus to) {
        assertDoesNotThrow(() -> CaseLifecycle.check(from, to));
    }

    @Test
    void everyOtherMoveIsRefusedNamingTheAllowedOnes() {
        int refused = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                if (!CaseLifecycle.allowedFrom(from).contains(to)) {
                    CaseLifecycle.IllegalTransition e = assertThrows(CaseLifecycle.IllegalTransition.class,
                            () -> CaseLifecycle.check(from, to));
                    assertEquals(CaseLifecycle.allowedFrom(from), e.allowedMoves());
                    refused++;
                }
            }
        }
        assertEquals(49 - 7, refused);
    }

    @Test
    void noStepIsSkipped() {
        assertEquals(Set.of(CaseStatus.PLANNING), CaseLifecycle.allowedFrom(CaseStatus.IDENTIFIED));
        assertThrows(CaseLifecycle.IllegalTransition.class, () -> CaseLifecycle.check(CaseStatus.IDENTIFIED, CaseStatus.RECTIFYING));
        assertThrows(CaseLifecycle.IllegalTransition.class, () -> CaseLifecycle.check(CaseStatus.RECTIFYING, CaseStatus.CONSOLIDATING));
        assertThrows(CaseLifecycle.IllegalTransition.class, () -> CaseLifecycle.check(CaseStatus.PLANNING, CaseStatus.PLANNING));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"WRITTEN_OFF", "RELAPSED"})
    void writtenOffAndRelapsedAreTheEnd(CaseStatus status) {
        assertTrue(CaseLifecycle.allowedFrom(status).isEmpty());
        assertFalse(status.isOpen());
    }

    @Test
    void aRelapseIsFoundDuringConsolidationOrAfterWriteOff() {
        assertEquals(EnumSet.of(CaseStatus.CONSOLIDATING, CaseStatus.WRITTEN_OFF),
                EnumSet.copyOf(EnumSet.allOf(CaseStatus.class).stream().filter(CaseLifecycle::relapseMayBeFound).toList()));
        assertEquals(EnumSet.of(CaseStatus.IDENTIFIED, CaseStatus.PLANNING, CaseStatus.RECTIFYING, CaseStatus.ACCEPTANCE,
                CaseStatus.CONSOLIDATING), CaseStatus.OPEN);
    }
}
