package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IncomeRiseTest {

    private static final BigDecimal GOAL = BigDecimal.valueOf(5);

    private static IncomeRise.Income year(int year, String amount) {
        return new IncomeRise.Income(year, new BigDecimal(amount));
    }

    @Test
    void exactlyFiveAfterANothingYearCounts() {
        assertEquals(2026, IncomeRise.yearReached(List.of(year(2025, "0"), year(2026, "5.00")), GOAL));
    }

    @Test
    void justUnderFiveDoesNot() {
        assertNull(IncomeRise.yearReached(List.of(year(2025, "0"), year(2026, "4.99")), GOAL));
    }

    @Test
    void aVillageThatNeverHadNothingIsNoBlankVillage() {
        assertNull(IncomeRise.yearReached(List.of(year(2025, "1"), year(2026, "8")), GOAL));
    }

    @Test
    void fiveBeforeTheNothingYearDoesNotCountButLaterDoes() {
        assertNull(IncomeRise.yearReached(List.of(year(2024, "6"), year(2025, "0")), GOAL));
        assertEquals(2027, IncomeRise.yearReached(List.of(year(2024, "6"), year(2025, "0"), year(2026, "3"), year(2027, "5.5")), GOAL));
    }
}
