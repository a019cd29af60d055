package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.util.List;

/** A village whose collective income was nothing in one year and at least the goal in a later one (集体经济空白村). */
public final class IncomeRise {

    public record Income(int year, BigDecimal amount) {
    }

    private IncomeRise() {
    }

    /** The first year income reached {@code goal} after a year with none; {@code null} if it never did. Years in order. */
    public static Integer yearReached(List<Income> years, BigDecimal goal) {
        boolean hadNone = false;
        for (Income y : years) {
            if (y.amount().signum() == 0) {
                hadNone = true;
            } else if (hadNone && y.amount().compareTo(goal) >= 0) {
                return y.year();
            }
        }
        return null;
    }
}
