package io.bastion.platform.schedule;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Set;

/**
 * Schedules every {@link Sweep} when start-up is over, its first run {@link #FIRST_RUN_AFTER} later.
 * Not {@code @Scheduled}: the scheduler counts a delay from its own start, early in start-up, and a
 * run that fell before start-up was over had to be skipped (a sweep writes events, which wake the
 * outbox relay, whose channel exists only then). On a slow start, several instances on one host, an
 * hourly scan then first ran an hour after the instance came up.
 */
@ApplicationScoped
public class Sweeps {

    static final String FIRST_RUN_AFTER = "5s";
    private static final Set<String> OFF = Set.of("off", "disabled");
    private static final Logger LOG = Logger.getLogger(Sweeps.class);

    @Inject
    Scheduler scheduler;

    @Inject
    @Any
    Instance<Sweep> sweeps;

    @Inject
    Config config;

    void schedule(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        for (Sweep sweep : sweeps) {
            String name = sweep.intervalProperty();
            String every = config.getValue(name, String.class);
            if (!OFF.contains(every.trim().toLowerCase(Locale.ROOT))) {
                scheduler.newJob(name).setInterval(every).setDelayed(FIRST_RUN_AFTER)
                        .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                        .setTask(execution -> run(sweep, name, every))
                        .schedule();
            }
        }
    }

    /** As a {@code @Scheduled} method runs: in a request context of its own, a failure logged and tried again next time. */
    private static void run(Sweep sweep, String name, String every) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            sweep.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed; its next run tries again in %s", name, every);
        } finally {
            requests.terminate();
        }
    }
}
