package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.assistance.domain.HelpKind;
import io.bastion.assistance.domain.HelpRecord;
import io.bastion.platform.events.OutgoingEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Help was given and recorded: a visit, support (projects, funds, infrastructure, practical matters),
 * a training, or petition risks resolved; or such a record was corrected. Keyed by the village, or by
 * the township for a township-wide training. Figures as recorded; money in 万元.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HelpRecorded(@JsonIgnore String type, UUID helpId, String kind, @JsonInclude(JsonInclude.Include.ALWAYS) String villageCode,
                           String townshipCode, String giverKind, UUID giverId, LocalDate date, String title, String projectKind,
                           BigDecimal amount, BigDecimal lengthKm, Integer households, BigDecimal areaM2, Integer sessions,
                           Integer peopleTrained, Integer petitionRisksResolved, int version) implements OutgoingEvent {

    public static final String VISIT_LOGGED = "bastion.assistance.visit-logged.v1";
    public static final String SUPPORT_RECORDED = "bastion.assistance.support-recorded.v1";
    public static final String TRAINING_HELD = "bastion.assistance.training-held.v1";
    public static final String PETITION_RISK_RESOLVED = "bastion.assistance.petition-risk-resolved.v1";
    public static final String HELP_CORRECTED = "bastion.assistance.help-corrected.v1";

    public static HelpRecorded of(HelpRecord h) {
        String type;
        if (h.kind.isVisit()) {
            type = VISIT_LOGGED;
        } else if (h.kind == HelpKind.TRAINING) {
            type = TRAINING_HELD;
        } else if (h.kind == HelpKind.PRACTICAL_MATTER && h.petitionRisksResolved != null) {
            type = PETITION_RISK_RESOLVED;
        } else {
            type = SUPPORT_RECORDED;
        }
        return as(type, h);
    }

    /** The record as corrected, whole: a consumer replaces what it took from the record before. */
    public static HelpRecorded corrected(HelpRecord h) {
        return as(HELP_CORRECTED, h);
    }

    private static HelpRecorded as(String type, HelpRecord h) {
        return new HelpRecorded(type, h.id, h.kind.name(), h.villageCode, h.townshipCode,
                h.leaderId != null ? "LEADER" : h.unitId != null ? "UNIT" : null, h.leaderId != null ? h.leaderId : h.unitId,
                h.happenedOn, h.title, h.projectKind, h.amountWan, h.lengthKm, h.households, h.areaM2, h.sessions,
                h.peopleTrained, h.petitionRisksResolved, h.version);
    }

    /** The record key: the village, or the township for a township-wide training. */
    @Override
    public String subject() {
        return villageCode != null ? villageCode : townshipCode;
    }
}
