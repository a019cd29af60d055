package io.bastion.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Writes an event into the outbox in the caller's transaction: the event exists if and only if the
 * change it reports was committed. {@link OutboxRelay} sends it to Kafka after the commit.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Object FLUSH_REGISTERED = EventOutbox.class;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutgoingEvent event) {
        appendAll(List.of(event));
    }

    /** Writes the events in one JDBC batch: a bulk import's thousands of events cost few round trips. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<? extends OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Now.timestamp().toInstant());
        String trace = TraceContext.current();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox (event_id, event_type, subject, payload, occurred_at, trace_parent)"
                            + " values (?, ?, ?, ?::jsonb, ?, ?)")) {
                for (OutgoingEvent event : events) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, event.type());
                    insert.setString(3, event.subject());
                    insert.setString(4, write(event));
                    insert.setTimestamp(5, now);
                    insert.setString(6, trace);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        flushAfterCommit();
    }

    private String write(OutgoingEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.type(), e);
        }
    }

    /** One wake-up of the relay per transaction, however many events it wrote. */
    private void flushAfterCommit() {
        if (transactions.getResource(FLUSH_REGISTERED) != null) {
            return;
        }
        transactions.putResource(FLUSH_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.requestFlush();
                }
            }
        });
    }
}
