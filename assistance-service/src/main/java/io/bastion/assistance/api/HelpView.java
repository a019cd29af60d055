package io.bastion.assistance.api;

import io.bastion.assistance.domain.HelpRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Help", description = "One piece of help given, as recorded; money in 万元")
public record HelpView(UUID id, String kind, String villageCode, String townshipCode, UUID leaderId, UUID unitId, LocalDate date,
                       String title, String note, String projectKind, BigDecimal amount, BigDecimal lengthKm, Integer households,
                       BigDecimal areaM2, Integer sessions, Integer peopleTrained, Integer petitionRisksResolved, String recordedBy,
                       OffsetDateTime recordedAt,
                       @Schema(description = "the day it was voided as entered by mistake; a voided record counts nowhere")
                       LocalDate voidedOn,
                       String voidedBy, String voidReason,
                       @Schema(description = "bumped by every correction; the ETag", example = "1") int version,
                       OffsetDateTime updatedAt) {

    static HelpView of(HelpRecord h) {
        return new HelpView(h.id, h.kind.name(), h.villageCode, h.townshipCode, h.leaderId, h.unitId, h.happenedOn, h.title, h.note,
                h.projectKind, h.amountWan, h.lengthKm, h.households, h.areaM2, h.sessions, h.peopleTrained, h.petitionRisksResolved,
                h.recordedBy, h.createdAt, h.voidedOn, h.voidedBy, h.voidReason, h.version, h.updatedAt);
    }
}
