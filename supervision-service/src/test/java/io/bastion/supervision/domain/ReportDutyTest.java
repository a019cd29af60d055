package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ISO weeks, their deadline at the end of Sunday in the county, and which weeks a case owed. */
class ReportDutyTest {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final ReportWeek W48 = ReportWeek.parse("2026-W48").orElseThrow();

    @Test
    void isoWeeks() {
        assertEquals(LocalDate.of(2026, 11, 23), W48.monday());
        assertEquals(W48, ReportWeek.of(LocalDate.of(2026, 11, 29)));
        assertEquals("2026-W49", W48.next().toString());
        assertEquals("2026-W01", ReportWeek.of(LocalDate.of(2025, 12, 29)).toString(), "Monday 29 December 2025 is in 2026's first week");
        assertEquals(Optional.empty(), ReportWeek.parse("2026-W54"));
        assertEquals(Optional.empty(), ReportWeek.parse("2026-48"));
        assertTrue(ReportWeek.parse("2026-W53").isPresent(), "2026 begins on a Thursday: 53 ISO weeks");
        assertTrue(ReportWeek.parse("2025-W53").isEmpty(), "2025 has 52");
    }

    @Test
    void theDeadlineIsTheEndOfSundayInTheCounty() {
        OffsetDateTime deadline = W48.deadline(COUNTY);
        assertEquals(OffsetDateTime.parse("2026-11-30T00:00+08:00").toInstant(), deadline.toInstant());
        assertTrue(ReportDuty.onTime(deadline.minusSeconds(1), W48, COUNTY));
        assertFalse(ReportDuty.onTime(deadline, W48, COUNTY));
    }

    @Test
    void aWeekIsOwedWhenTheCaseWasObligedAtItsDeadline() {
        OffsetDateTime deadline = W48.deadline(COUNTY);
        assertTrue(ReportDuty.owed(List.of(new ReportDuty.Stretch(deadline.minusDays(1), null)), W48, COUNTY), "entered on Sunday");
        assertTrue(ReportDuty.owed(List.of(new ReportDuty.Stretch(deadline, null)), W48, COUNTY), "entered at the deadline itself");
        assertFalse(ReportDuty.owed(List.of(new ReportDuty.Stretch(deadline.plusSeconds(1), null)), W48, COUNTY), "entered after it");
        assertFalse(ReportDuty.owed(List.of(new ReportDuty.Stretch(deadline.minusDays(30), deadline.minusDays(2))), W48, COUNTY),
                "left on Friday");
        assertTrue(ReportDuty.owed(List.of(new ReportDuty.Stretch(deadline.minusDays(30), deadline.plusDays(1))), W48, COUNTY));
    }

    @Test
    void howAnOwedWeekStands() {
        OffsetDateTime deadline = W48.deadline(COUNTY);
        assertEquals(ReportDuty.Standing.ON_TIME, ReportDuty.standing(deadline.minusHours(1), W48, COUNTY, deadline.plusDays(3)));
        assertEquals(ReportDuty.Standing.LATE, ReportDuty.standing(deadline.plusHours(1), W48, COUNTY, deadline.plusDays(3)));
        assertEquals(ReportDuty.Standing.MISSING, ReportDuty.standing(null, W48, COUNTY, deadline));
        assertEquals(ReportDuty.Standing.PENDING, ReportDuty.standing(null, W48, COUNTY, deadline.minusSeconds(1)));
    }
}
