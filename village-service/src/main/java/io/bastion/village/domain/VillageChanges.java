package io.bastion.village.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Numbers village changes for the changes feed in commit order.
 *
 * <p>A plain sequence hands out numbers at insert time, so a transaction that took 41 can commit
 * after one that took 42; a client that had already read up to 42 would never see 41. Taking a
 * transaction-scoped advisory lock before the number makes writers take numbers one transaction at
 * a time and release the lock only at commit, so numbers become visible in order.
 */
@ApplicationScoped
public class VillageChanges {

    private static final long LOCK_KEY = 0x76696c6c616765L; // "village"

    @Inject
    EntityManager em;

    /** The next feed position; call it as late in the transaction as possible. */
    public long next() {
        return next(1).get(0);
    }

    /** {@code count} feed positions in ascending order, for a bulk change. */
    @SuppressWarnings("unchecked")
    public List<Long> next(int count) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + LOCK_KEY + ")) as locked").getSingleResult();
        return ((List<Number>) em.createNativeQuery("select nextval('village_change_seq') from generate_series(1, ?1)")
                .setParameter(1, count)
                .getResultList()).stream().map(Number::longValue).sorted().toList();
    }
}
