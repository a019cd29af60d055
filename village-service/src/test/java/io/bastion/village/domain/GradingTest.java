package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.Refused;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GradingTest {

    private static final Actor COUNTY = new Actor("admin", Set.of("county-admin"), "r1", "410423");
    private static final Actor TOWNSHIP = new Actor("operator", Set.of("township-operator"), "r2", "410423203");
    private static final Trigger EVENT = new Trigger("e1", "bastion.supervision.relapse-found.v1");

    @Test
    void theCountyGradesAsItDecides() {
        assertDoesNotThrow(() -> Grading.check(COUNTY, Trigger.COMMAND, KeyContactGrade.NONE, "CITY_B"));
        assertDoesNotThrow(() -> Grading.check(COUNTY, Trigger.COMMAND, KeyContactGrade.CITY_B, "NONE"));
    }

    @Test
    void aTownshipLeavesTheGradeAsItIs() {
        assertDoesNotThrow(() -> Grading.check(TOWNSHIP, Trigger.COMMAND, KeyContactGrade.NONE, null));
        assertDoesNotThrow(() -> Grading.check(TOWNSHIP, Trigger.COMMAND, KeyContactGrade.NONE, "NONE"));
        assertDoesNotThrow(() -> Grading.check(TOWNSHIP, Trigger.COMMAND, KeyContactGrade.CITY_B, "CITY_B"));
        Refused up = assertThrows(Refused.class, () -> Grading.check(TOWNSHIP, Trigger.COMMAND, KeyContactGrade.NONE, "CITY_B"));
        assertEquals("grading-reserved", up.problemType());
        assertThrows(Refused.class, () -> Grading.check(TOWNSHIP, Trigger.COMMAND, KeyContactGrade.CITY_B, "NONE"));
    }

    @Test
    void anotherServicesEventCarriesTheGradeOver() {
        assertDoesNotThrow(() -> Grading.check(Actor.system("/bastion/supervision-service", "e1", "410423203201"), EVENT,
                KeyContactGrade.NONE, "CITY_B"));
    }
}
