package io.bastion.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The incoming events already applied, by CloudEvents source and id. Claimed in the transaction
 * that applies the event, so an event is applied exactly once however often it is delivered.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** True when this call claimed the event; false when it had been applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String source, String id, String type) {
        return em.createNativeQuery("insert into processed_event (source, event_id, event_type) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, source)
                .setParameter(2, id)
                .setParameter(3, type)
                .executeUpdate() == 1;
    }
}
