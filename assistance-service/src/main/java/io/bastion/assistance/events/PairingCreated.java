package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.assistance.domain.Pairing;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A case was paired with a county leader or a unit; {@code partnerAccount} is the partner's token subject. */
public record PairingCreated(UUID pairingId, UUID caseId, String villageCode, String townshipCode, String form,
                             String partnerAccount, String partnerKind, UUID partnerId, int envoys, boolean jointBranchSecretary,
                             LocalDate startedOn, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.assistance.pairing-created.v1";

    public static PairingCreated of(Pairing p) {
        return new PairingCreated(p.id, p.caseId, p.villageCode, p.townshipCode, p.form.name(), p.partnerAccount,
                p.leaderId != null ? "LEADER" : "UNIT", p.leaderId != null ? p.leaderId : p.unitId, p.envoys.length,
                p.jointBranchSecretary, p.startedOn, p.version);
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
