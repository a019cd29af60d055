package io.bastion.plan.domain;

import java.time.LocalDate;

/**
 * A page of the measures of approved plans: those overdue on {@code today}, or open and due within
 * {@code dueWithinDays}. Ordered by deadline; {@code after} is the cursor ({@code deadline|id}).
 */
public record MeasureQuery(String township, Boolean overdue, Integer dueWithinDays, MeasureStatus status,
                           LocalDate today, String after, int limit) {
}
