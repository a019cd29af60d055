package io.bastion.platform.domain;

import java.time.LocalDate;

/**
 * The days any record of the campaign can name. A person born, a cadre appointed, a meeting held:
 * nothing the API records lies before 1900 or after 2099, and a day outside that range is a typing
 * error or an attack on the database's date arithmetic, refused wherever a day comes in. Each rule of
 * the domain narrows it further (a visit within its campaign's span, a deadline after today).
 */
public final class CalendarDays {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private CalendarDays() {
    }

    public static boolean sane(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }
}
