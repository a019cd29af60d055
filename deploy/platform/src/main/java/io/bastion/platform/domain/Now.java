package io.bastion.platform.domain;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The time of a change, to the microsecond PostgreSQL keeps, so an answer and a later read agree. */
public final class Now {

    private Now() {
    }

    public static OffsetDateTime timestamp() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
