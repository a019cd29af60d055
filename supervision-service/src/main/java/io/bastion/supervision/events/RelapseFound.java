package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.supervision.domain.FollowUp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A follow-up visit found the village slid back; village-service opens a new case linked to the old one. */
public record RelapseFound(UUID followUpId, UUID caseId, String villageCode, String townshipCode, List<String> categories,
                           String basis, LocalDate visitedOn, String reason) implements OutgoingEvent {

    public static final String TYPE = "bastion.supervision.relapse-found.v1";

    public static RelapseFound of(FollowUp f) {
        return new RelapseFound(f.id, f.caseId, f.villageCode, f.villageCode.substring(0, 9), List.of(f.categories), f.basis,
                f.visitedOn, "回头看发现反复回潮");
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }
}
