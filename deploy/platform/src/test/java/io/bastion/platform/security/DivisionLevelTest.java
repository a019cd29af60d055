package io.bastion.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionLevelTest {

    @Test
    void aDivisionIsAPrefixOfTwoFourSixOrNineDigits() {
        assertEquals(Optional.of(DivisionLevel.PROVINCE), DivisionLevel.of("41"));
        assertEquals(Optional.of(DivisionLevel.CITY), DivisionLevel.of("4104"));
        assertEquals(Optional.of(DivisionLevel.COUNTY), DivisionLevel.of("410423"));
        assertEquals(Optional.of(DivisionLevel.TOWNSHIP), DivisionLevel.of("410423203"));
    }

    @Test
    void otherLengthsAnythingButDigitsAndZeroSegmentsAreNoDivision() {
        for (String claim : new String[]{null, "", "4", "410", "41042", "4104231", "410423203201", "41042x", " 410423",
                "00", "4100", "410400", "410423000", "0004"}) {
            assertTrue(DivisionLevel.of(claim).isEmpty(), String.valueOf(claim));
        }
    }

    @Test
    void eachRoleActsForItsLevel() {
        assertEquals(Set.of(DivisionLevel.COUNTY), Roles.levels(Roles.COUNTY_ADMIN));
        assertEquals(Set.of(DivisionLevel.TOWNSHIP), Roles.levels(Roles.TOWNSHIP_OPERATOR));
        assertEquals(Set.of(DivisionLevel.CITY), Roles.levels(Roles.CITY_VIEWER));
        assertEquals(Set.of(DivisionLevel.PROVINCE), Roles.levels(Roles.PROVINCE_VIEWER));
        assertEquals(Set.of(DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY), Roles.levels(Roles.EXCHANGE_CLIENT));
        assertEquals(Set.of(), Roles.levels("somebody-else"));
    }

    @Test
    void aScopeIsTheLikePatternsOfItsPrefixes() {
        assertEquals("%", Scope.SYSTEM.patterns());
        assertEquals("", Scope.NONE.patterns());
        assertEquals("410423%", Scope.division("410423").patterns());
        assertEquals("410423203201%,410423205211%", Scope.paired(java.util.List.of("410423203201", "410423205211"), "410423").patterns());
    }
}
