package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.assistance.domain.Pairing;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A pairing ended after its case was transformed. */
public record PairingEnded(UUID pairingId, UUID caseId, String villageCode, String townshipCode, String form,
                           String partnerAccount, LocalDate endedOn, String reason, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.assistance.pairing-ended.v1";

    public static PairingEnded of(Pairing p) {
        return new PairingEnded(p.id, p.caseId, p.villageCode, p.townshipCode, p.form.name(), p.partnerAccount, p.endedOn,
                p.endReason, p.version);
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
