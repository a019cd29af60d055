package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One counted fact: how much of a figure one record contributes, over which period, in which
 * village (none for a township-wide training), with a note that splits the figure (a grade, a source).
 */
public record Fact(Figure figure, String subject, String villageCode, String townshipCode, LocalDate periodStart,
                   LocalDate periodEnd, BigDecimal quantity, String note) {

    public static Fact once(Figure figure, String subject, String villageCode, String townshipCode, LocalDate on, String note) {
        return new Fact(figure, subject, villageCode, townshipCode, on, on, BigDecimal.ONE, note);
    }

    public static Fact of(Figure figure, String subject, String villageCode, String townshipCode, LocalDate on, Number quantity,
                          String note) {
        return new Fact(figure, subject, villageCode, townshipCode, on, on, new BigDecimal(quantity.toString()), note);
    }

    public Fact over(LocalDate start, LocalDate end) {
        return new Fact(figure, subject, villageCode, townshipCode, start, end, quantity, note);
    }

    boolean counts() {
        return quantity.signum() > 0;
    }
}
