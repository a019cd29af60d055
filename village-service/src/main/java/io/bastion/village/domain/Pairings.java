package io.bastion.village.domain;

import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Who is paired with which village: what a county leader's or department's reads are limited to. */
@ApplicationScoped
public class Pairings {

    @Inject
    EntityManager em;

    public boolean paired(String account, String villageCode) {
        return !em.createQuery("select p.pairingId from VillagePairing p where p.partnerAccount = :account"
                        + " and p.villageCode = :code and p.active = true", UUID.class)
                .setParameter("account", account).setParameter("code", villageCode)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** A pairing begins (or is announced again, which changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(UUID pairingId, String villageCode, String account, String form) {
        VillagePairing pairing = em.find(VillagePairing.class, pairingId);
        boolean known = pairing != null;
        if (!known) {
            pairing = new VillagePairing();
            pairing.pairingId = pairingId;
        }
        pairing.villageCode = villageCode;
        pairing.partnerAccount = account;
        pairing.form = form;
        pairing.active = true;
        pairing.updatedAt = Now.timestamp();
        if (!known) {
            // Hibernate takes the row to insert at persist(): only a complete pairing may go in.
            em.persist(pairing);
        }
    }

    /**
     * A pairing ends. Its events share the village's key and so its partition, so "created" always
     * came first; one never seen has nothing to end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID pairingId) {
        VillagePairing pairing = em.find(VillagePairing.class, pairingId);
        if (pairing != null) {
            pairing.active = false;
            pairing.updatedAt = Now.timestamp();
        }
    }
}
