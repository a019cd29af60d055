package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.assistance.domain.Pairing;
import io.bastion.platform.events.OutgoingEvent;

import java.util.UUID;

/** A relapse opened a new case for the village, and a pairing that was still helping it went on with the new case. */
public record PairingCarriedOver(UUID pairingId, UUID previousCaseId, UUID caseId, String villageCode, String townshipCode,
                                 String form, String partnerAccount, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.assistance.pairing-carried-over.v1";

    public static PairingCarriedOver of(Pairing p, UUID previousCaseId) {
        return new PairingCarriedOver(p.id, previousCaseId, p.caseId, p.villageCode, p.townshipCode, p.form.name(), p.partnerAccount,
                p.version);
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
