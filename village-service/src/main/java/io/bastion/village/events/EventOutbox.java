package io.bastion.village.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
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
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(VillageEvent event) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.randomUUID();
        entry.eventType = event.type();
        entry.subject = event.villageCode();
        try {
            entry.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.type(), e);
        }
        entry.occurredAt = OffsetDateTime.now();
        entry.persist();
        flushAfterCommit();
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
