package io.bastion.assistance.api;

import io.bastion.assistance.domain.Pairing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Pairing", description = "A case paired with a county leader (its contact) or a unit in one form of help")
public record PairingView(UUID id, UUID caseId, String villageCode, String townshipCode,
                          @Schema(description = "COUNTY_LEADER_CONTACT, WORK_TEAM, PARTY_BUILDING_INSTRUCTOR, STATIONED_CADRE or FIRST_SECRETARY")
                          String form, UUID leaderId, UUID unitId, @Schema(description = "the people the unit sent") List<UUID> envoys,
                          @Schema(description = "a first secretary who is the secretary of an urban-rural paired joint branch")
                          boolean jointBranchSecretary, LocalDate startedOn, LocalDate endedOn, String endReason,
                          @Schema(description = "the pairing that took over in a handover") UUID handedOverTo, boolean active,
                          int version) {

    static PairingView of(Pairing p) {
        return new PairingView(p.id, p.caseId, p.villageCode, p.townshipCode, p.form.name(), p.leaderId, p.unitId, List.of(p.envoys),
                p.jointBranchSecretary, p.startedOn, p.endedOn, p.endReason, p.handedOverTo, p.active, p.version);
    }
}
