package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.supervision.domain.FollowUp;
import io.bastion.supervision.domain.WriteOff;

import java.time.LocalDate;
import java.util.UUID;

/** A consolidated case was struck off (销号); village-service moves it to WRITTEN_OFF. A follow-up visit is due. */
public record CaseWrittenOff(UUID writeOffId, UUID caseId, String villageCode, String townshipCode, UUID followUpId,
                             LocalDate followUpDue, String reason) implements OutgoingEvent {

    public static final String TYPE = "bastion.supervision.case-written-off.v1";

    public static CaseWrittenOff of(WriteOff w, FollowUp f) {
        return new CaseWrittenOff(w.id, w.caseId, w.villageCode, w.villageCode.substring(0, 9), f.id, f.dueOn, "盘点销号");
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
