package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An admonitory interview held, or an accountability decision recorded, about a township (and a
 * village, for accountability in one). Keyed by the village, or by the township's code. No names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TownshipEvent(@JsonIgnore String type, UUID id, String townshipCode, @JsonInclude(JsonInclude.Include.ALWAYS) String villageCode,
                            LocalDate on, List<String> grounds, LocalDate followUpBy, Integer persons) implements OutgoingEvent {

    public static final String INTERVIEW_HELD = "bastion.supervision.interview-held.v1";
    public static final String ACCOUNTABILITY_RECORDED = "bastion.supervision.accountability-recorded.v1";

    @Override
    public String subject() {
        return villageCode != null ? villageCode : townshipCode;
    }
}
