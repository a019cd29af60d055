package io.bastion.supervision.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Whether a case owed the report of a week: it did if it was obliged (a key-contact case in
 * RECTIFYING or ACCEPTANCE) at the week's deadline. A report is on time when it arrived before the
 * deadline, late after it; a week with no report is missing once the deadline has passed and pending
 * before.
 */
public final class ReportDuty {

    /** A stretch of time in which the case owed reports; {@code until} is null while it still does. */
    public record Stretch(OffsetDateTime since, OffsetDateTime until) {
    }

    public enum Standing { ON_TIME, LATE, MISSING, PENDING }

    private ReportDuty() {
    }

    public static boolean owed(List<Stretch> stretches, ReportWeek week, ZoneId zone) {
        OffsetDateTime deadline = week.deadline(zone);
        return stretches.stream().anyMatch(s -> !s.since().isAfter(deadline) && (s.until() == null || s.until().isAfter(deadline)));
    }

    public static boolean onTime(OffsetDateTime submittedAt, ReportWeek week, ZoneId zone) {
        return submittedAt.isBefore(week.deadline(zone));
    }

    /** How an owed week stands at {@code now}, given when its report arrived (null if it has not). */
    public static Standing standing(OffsetDateTime submittedAt, ReportWeek week, ZoneId zone, OffsetDateTime now) {
        if (submittedAt != null) {
            return onTime(submittedAt, week, zone) ? Standing.ON_TIME : Standing.LATE;
        }
        return now.isBefore(week.deadline(zone)) ? Standing.PENDING : Standing.MISSING;
    }
}
