package io.bastion.supervision;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock deadlines are judged by, which a test can stand at a given moment: a report written
 * before a week's deadline and another after it, in one test run. Unset, it is the system clock.
 */
@ApplicationScoped
public class CountyTestClock extends Clock {

    private volatile Instant at;

    public void standAt(Instant instant) {
        at = instant;
    }

    public void release() {
        at = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = at;
        return fixed != null ? fixed : Instant.now();
    }
}
