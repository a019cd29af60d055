package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.assistance.domain.Pairing;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A pairing was handed over to a new partner in one step, so the case is never without help. It
 * carries both pairings' versions and what the new one sends, so a consumer can end the old and
 * count the new from this event alone.
 */
public record PairingHandedOver(UUID pairingId, int previousVersion, UUID newPairingId, UUID caseId, String villageCode,
                                String townshipCode, String form, String previousPartnerAccount, String newPartnerAccount,
                                String newPartnerKind, UUID newPartnerId, int envoys, boolean jointBranchSecretary,
                                LocalDate handedOverOn, String reason, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.assistance.pairing-handed-over.v1";

    public static PairingHandedOver of(Pairing old, Pairing next) {
        return new PairingHandedOver(old.id, old.version, next.id, next.caseId, next.villageCode, next.townshipCode,
                next.form.name(), old.partnerAccount, next.partnerAccount, next.leaderId != null ? "LEADER" : "UNIT",
                next.leaderId != null ? next.leaderId : next.unitId, next.envoys.length, next.jointBranchSecretary, next.startedOn,
                old.endReason, next.version);
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
