package io.bastion.plan.domain;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Looks for overdue measures now and then, on the county's calendar. Waits for start-up to finish,
 * as the events it writes wake the outbox relay.
 */
@ApplicationScoped
public class OverdueSweep {

    @Inject
    OverdueWatch watch;

    @Inject
    CampaignCalendar calendar;

    private volatile boolean started;

    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${bastion.plan.overdue-scan}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (started) {
            watch.scan(calendar.today());
        }
    }
}
