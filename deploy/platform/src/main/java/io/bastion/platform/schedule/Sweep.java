package io.bastion.platform.schedule;

/**
 * Periodic work of a service (a scan for what is overdue or missing, the outbox's catch-up), run by
 * {@link Sweeps} once start-up is over. A bean implementing it is all it takes.
 */
public interface Sweep {

    /**
     * The configuration property that says how often, as {@code @Scheduled(every)} reads it
     * ({@code 2s}, {@code 1h}; {@code off} runs it never). Its name is the job's name too.
     */
    String intervalProperty();

    /** One run; a failure is logged and the next run tries again. */
    void run();
}
