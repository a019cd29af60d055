package io.bastion.supervision.domain;

import java.math.BigDecimal;

/**
 * When an acceptance passes: a checklist score of at least 70 of 100, and no more than half of the
 * Party members and villager representatives surveyed dissatisfied, which fails it whatever the score.
 */
public final class AcceptanceRules {

    public static final BigDecimal PASS_SCORE = new BigDecimal("70");

    private AcceptanceRules() {
    }

    public static boolean scorePasses(BigDecimal score) {
        return score.compareTo(PASS_SCORE) >= 0;
    }

    /** No more than half dissatisfied: exactly half is still acceptable, more than half is not. */
    public static boolean surveyPasses(int respondents, int dissatisfied) {
        return 2L * dissatisfied <= respondents;
    }

    public static boolean passes(BigDecimal score, int respondents, int dissatisfied) {
        return scorePasses(score) && surveyPasses(respondents, dissatisfied);
    }
}
