package io.bastion.platform.schedule;

/**
 * Periodic work of a service (a scan for what is overdue or missing, the outbox's catch-up), run by
 * {@link Sweeps} every {@link #every()} once start-up is over. A bean implementing it is all it takes.
 */
public interface Sweep {

    /** The job's name, as logs and the scheduler show it. */
    String name();

    /** How often, as {@code @Scheduled(every)} reads it ({@code 2s}, {@code 1h}); {@code off} runs it never. */
    String every();

    /** One run; a failure is logged and the next run tries again. */
    void run();
}
