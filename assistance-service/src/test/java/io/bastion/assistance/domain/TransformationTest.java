package io.bastion.assistance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransformationTest {

    @ParameterizedTest(name = "{0}: unpairing {1}, new pairings {2}")
    @CsvSource({
            "IDENTIFIED, false, true",
            "PLANNING, false, true",
            "RECTIFYING, false, true",
            "ACCEPTANCE, false, true",
            "CONSOLIDATING, true, true",
            "WRITTEN_OFF, true, false",
            "RELAPSED, false, false"})
    void noUnpairingBeforeTransformation(String status, boolean unpairing, boolean newPairings) {
        assertEquals(unpairing, Transformation.allowsUnpairing(status));
        assertEquals(newPairings, Transformation.takesNewPairings(status));
    }

    @Test
    void overdueIsPastTheDeadlineAndNotTransformed() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertTrue(Transformation.overdue("RECTIFYING", today.minusDays(1), today));
        assertFalse(Transformation.overdue("RECTIFYING", today, today), "the deadline day itself is not overdue");
        assertFalse(Transformation.overdue("CONSOLIDATING", today.minusDays(30), today));
        assertFalse(Transformation.overdue("RELAPSED", today.minusDays(30), today));
        assertFalse(Transformation.overdue("RECTIFYING", null, today));
    }
}
