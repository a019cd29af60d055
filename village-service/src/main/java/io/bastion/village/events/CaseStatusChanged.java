package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.CaseTransition;
import io.bastion.village.domain.RectificationCase;

import java.time.LocalDate;
import java.util.UUID;

/** A case moved in its lifecycle; other services keep each case's status from these. */
public record CaseStatusChanged(
        UUID caseId,
        String villageCode,
        String townshipCode,
        int campaignYear,
        String grade,
        String from,
        String to,
        String reason,
        LocalDate rectifyDeadline,
        String triggerEventId,
        String triggerEventType,
        int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.case-status-changed.v1";

    public static CaseStatusChanged of(RectificationCase c, CaseTransition t) {
        return new CaseStatusChanged(c.id, c.villageCode, c.township(), c.campaignYear, c.grade.name(),
                t.from == null ? null : t.from.name(), t.to.name(), t.reason, c.rectifyDeadline,
                t.triggerEventId, t.triggerEventType, c.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
