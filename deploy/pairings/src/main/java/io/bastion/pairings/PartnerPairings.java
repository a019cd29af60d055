package io.bastion.pairings;

import io.bastion.platform.domain.Now;
import io.bastion.platform.security.PairedVillages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Who is paired with which village: the villages a county leader or a department reaches, for the
 * platform's scope of those callers.
 */
@ApplicationScoped
public class PartnerPairings implements PairedVillages {

    @Inject
    EntityManager em;

    @Override
    public String query() {
        return "select distinct village_code from partner_pairing where partner_account = ? and active";
    }

    /** A pairing begins (or is announced again, which changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(UUID pairingId, String villageCode, String account, String form) {
        PartnerPairing pairing = em.find(PartnerPairing.class, pairingId);
        boolean known = pairing != null;
        if (!known) {
            pairing = new PartnerPairing();
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
        PartnerPairing pairing = em.find(PartnerPairing.class, pairingId);
        if (pairing != null) {
            pairing.active = false;
            pairing.updatedAt = Now.timestamp();
        }
    }
}
