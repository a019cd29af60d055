package io.bastion.platform.events;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Wakes the relay now and then, to catch up on what a crash or a failed send left in the outbox.
 * A bean of its own: the scheduler may fire before start-up is over, and touching the relay then
 * would create it before its emitter's channel exists.
 */
@ApplicationScoped
public class OutboxSweep {

    @Inject
    OutboxRelay relay;

    private volatile boolean started;

    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${bastion.outbox.sweep-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (started) {
            relay.requestFlush();
        }
    }
}
