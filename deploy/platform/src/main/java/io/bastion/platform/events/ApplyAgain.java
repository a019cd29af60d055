package io.bastion.platform.events;

import io.bastion.platform.domain.DomainProblem;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.persistence.TransientFailure;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * When an event's application is tried again rather than dead-lettered. Never when the event itself
 * is at fault (unusable, or refused by the domain): that fails the same way every time. Without end
 * while the database is away ({@link TransientFailure}), pausing longer each time up to 5 s. A few
 * times for any other failure, which may be a passing one no classification names (a pooled
 * connection that died with the server it came from), before it is dead-lettered after all.
 */
final class ApplyAgain {

    static final int UNEXPLAINED_ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MS = 200;
    private static final long LONGEST_PAUSE_MS = 5_000;

    /** How the pause between attempts is taken; a test need not wait. */
    interface Pause {
        void take(long millis) throws InterruptedException;
    }

    private ApplyAgain() {
    }

    /**
     * The work's result once an attempt succeeds; the last failure when it may not be tried again;
     * empty when the thread is interrupted between attempts (the service is stopping).
     */
    static <T> Optional<T> until(Supplier<T> work, Pause pause, Consumer<RuntimeException> retrying) {
        long wait = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(work.get());
            } catch (EventIntake.UnusableEvent | DomainProblem | NotFound | InvalidInput eventAtFault) {
                throw eventAtFault;
            } catch (RuntimeException e) {
                if (!TransientFailure.isTransient(e) && attempt >= UNEXPLAINED_ATTEMPTS) {
                    throw e;
                }
                retrying.accept(e);
            }
            try {
                pause.take(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            wait = Math.min(2 * wait, LONGEST_PAUSE_MS);
        }
    }
}
