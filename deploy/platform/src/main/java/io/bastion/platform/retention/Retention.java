package io.bastion.platform.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Keeps the platform's bookkeeping from growing for ever. Each table is kept as long as it can still
 * matter:
 * <ul>
 * <li>an outbox row once Kafka acknowledged it: kept {@code bastion.retention.keep.outbox} (7 days) to
 * trace what was sent; an unpublished row is never deleted;</li>
 * <li>a processed event, which makes a redelivery change nothing: kept {@code bastion.retention.keep.processed-events}
 * (30 days), longer than any topic keeps its records, so no event still on a topic is applied twice;</li>
 * <li>an idempotency record, which answers a client's retry: kept {@code bastion.retention.keep.idempotency}
 * (7 days), past which a retry is a new request.</li>
 * </ul>
 * It deletes in batches, so no purge holds long locks, and any instance may run it: a row deleted
 * twice is deleted once.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final int BATCH = 5000;

    /** How long each kind of bookkeeping is kept, from {@code bastion.retention.keep.*}. */
    @ConfigMapping(prefix = "bastion.retention.keep")
    public interface Periods {
        Duration outbox();

        Duration processedEvents();

        Duration idempotency();
    }

    @Inject
    EntityManager em;

    @Inject
    Periods keep;

    @Scheduled(every = "${bastion.retention.interval}", delayed = "${bastion.retention.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int outboxRows = purge("outbox", "published_at", keep.outbox());
            int processedRows = purge("processed_event", "processed_at", keep.processedEvents());
            int idempotencyRows = purge("idempotency_record", "created_at", keep.idempotency());
            if (outboxRows + processedRows + idempotencyRows > 0) {
                LOG.infof("retention: deleted %d outbox rows, %d processed events, %d idempotency records",
                        outboxRows, processedRows, idempotencyRows);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "retention failed; the next run retries");
        }
    }

    /** Deletes the rows of {@code table} whose {@code column} is older than {@code keep}, batch by batch. */
    private int purge(String table, String column, Duration keep) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from " + table + " where ctid in"
                            + " (select ctid from " + table + " where " + column + " < now() - cast(?1 as interval) limit " + BATCH + ")")
                    .setParameter(1, keep.toSeconds() + " seconds").executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
