package io.bastion.supervision.domain;

import io.bastion.platform.domain.Violation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week as the weekly reports count it ({@code 2026-W48}): it starts on Monday 00:00 in the
 * county and its report is due by the end of Sunday, the moment the next week starts.
 */
public record ReportWeek(int year, int week) implements Comparable<ReportWeek> {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-W([0-9]{2})");

    public static Optional<ReportWeek> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate probe = LocalDate.of(year, 6, 1);
        if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(new ReportWeek(year, week));
    }

    /** The week as a parameter of a request, or the 422 that names it. */
    public static ReportWeek require(String field, String text, List<Violation> violations) {
        return parse(text).orElseGet(() -> {
            violations.add(new Violation(field, "iso-week", text));
            return null;
        });
    }

    public static ReportWeek of(LocalDate day) {
        return new ReportWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public OffsetDateTime start(ZoneId zone) {
        return monday().atStartOfDay(zone).toOffsetDateTime();
    }

    /** The report is due before this moment: the next Monday 00:00 in the county. */
    public OffsetDateTime deadline(ZoneId zone) {
        return monday().plusWeeks(1).atStartOfDay(zone).toOffsetDateTime();
    }

    public ReportWeek next() {
        return of(monday().plusWeeks(1));
    }

    public ReportWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public ReportWeek minusWeeks(int weeks) {
        return of(monday().minusWeeks(weeks));
    }

    @Override
    public int compareTo(ReportWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
