package io.bastion.platform.domain;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The county's clock: the system's, run ahead by {@code bastion.clock-offset} (BASTION_CLOCK_OFFSET)
 * in a rehearsal that needs weeks of deadlines to pass in minutes, and zero otherwise. Every service
 * reads time here, so records, events and deadlines agree on what time it is.
 */
public final class Now {

    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            ConfigProvider.getConfig().getOptionalValue("bastion.clock-offset", Duration.class).orElse(Duration.ZERO));
    private static final ZoneId COUNTY = ConfigProvider.getConfig().getOptionalValue("bastion.zone", ZoneId.class)
            .orElse(ZoneId.of("Asia/Shanghai"));

    private Now() {
    }

    public static Clock clock() {
        return CLOCK;
    }

    /** The time of a change, to the microsecond PostgreSQL keeps, so an answer and a later read agree. */
    public static OffsetDateTime timestamp() {
        return OffsetDateTime.now(CLOCK).truncatedTo(ChronoUnit.MICROS);
    }

    /** The day it is in the county (bastion.zone), whatever zone the machine is set to. */
    public static LocalDate today() {
        return today(COUNTY);
    }

    /** The day it is in the zone. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.now(CLOCK.withZone(zone));
    }
}
