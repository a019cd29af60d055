package io.bastion.platform.events;

import io.bastion.platform.domain.NotFound;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplyAgainTest {

    private final List<Long> pauses = new ArrayList<>();

    private <T> Optional<T> run(Supplier<T> work) {
        return ApplyAgain.until(work, pauses::add, failure -> { });
    }

    /** Fails {@code times} times with what {@code failure} makes, then answers "applied". */
    private static Supplier<String> failing(int times, Supplier<RuntimeException> failure) {
        AtomicInteger calls = new AtomicInteger();
        return () -> {
            if (calls.incrementAndGet() <= times) {
                throw failure.get();
            }
            return "applied";
        };
    }

    @Test
    void whileTheDatabaseIsAwayTheEventIsTriedAgainWithoutEndPausingUpToFiveSeconds() {
        assertEquals(Optional.of("applied"), run(failing(12, () -> new IllegalStateException(new SQLException("refused", "08001")))));
        assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L, 5000L, 5000L, 5000L, 5000L), pauses);
    }

    @Test
    void aFailureNoClassificationNamesIsTriedAFewTimesThenDeadLettered() {
        assertEquals(Optional.of("applied"), run(failing(ApplyAgain.UNEXPLAINED_ATTEMPTS - 1,
                () -> new IllegalStateException("Unable to acquire JDBC Connection"))));
        IllegalStateException last = new IllegalStateException("still failing");
        assertSame(last, assertThrows(IllegalStateException.class, () -> run(() -> {
            throw last;
        })));
        assertEquals(2 * (ApplyAgain.UNEXPLAINED_ATTEMPTS - 1), pauses.size());
    }

    @Test
    void anEventAtFaultIsNeverTriedAgain() {
        assertThrows(EventIntake.UnusableEvent.class, () -> run(failing(1, () -> new EventIntake.UnusableEvent("no caseId"))));
        assertThrows(NotFound.class, () -> run(failing(1, () -> new NotFound("case", "x"))));
        assertEquals(List.of(), pauses);
    }

    @Test
    void aStoppingServiceEndsTheAttemptsWithNothingApplied() {
        Optional<String> result = ApplyAgain.until(failing(1, () -> new IllegalStateException(new SQLException("gone", "57P01"))),
                millis -> {
                    throw new InterruptedException();
                }, failure -> { });
        assertEquals(Optional.empty(), result);
        Thread.interrupted();
    }
}
