package io.bastion.supervision.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The acceptance rules at their edges: a score of exactly 70, exactly half dissatisfied. */
class AcceptanceRulesTest {

    @ParameterizedTest(name = "score {0}, {2} of {1} dissatisfied: passes {3}")
    @CsvSource({
            "70, 40, 0, true",      // exactly 70 passes
            "69.9, 40, 0, false",   // just under does not
            "100, 40, 20, true",    // exactly half dissatisfied passes
            "100, 40, 21, false",   // more than half fails whatever the score
            "100, 41, 20, true",
            "100, 41, 21, false",
            "70, 40, 20, true",     // both at their edges
            "69.9, 40, 20, false",
            "100, 1, 1, false",
            "100, 2, 1, true"})
    void passesWithSeventyAndNoMoreThanHalfDissatisfied(String score, int respondents, int dissatisfied, boolean passes) {
        assertEquals(passes, AcceptanceRules.passes(new BigDecimal(score), respondents, dissatisfied));
    }
}
