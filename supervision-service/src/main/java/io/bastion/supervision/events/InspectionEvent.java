package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An inspection was recorded with its findings, or a finding's correction was accepted and closed. No personal data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionEvent(@JsonIgnore String type, UUID inspectionId, UUID findingId, UUID caseId, String villageCode,
                              String townshipCode, String kind, LocalDate inspectedOn, Map<String, Integer> findingsBySeverity,
                              String severity, LocalDate correctionDeadline, LocalDate closedOn) implements OutgoingEvent {

    public static final String RECORDED = "bastion.supervision.inspection-recorded.v1";
    public static final String CORRECTION_CLOSED = "bastion.supervision.correction-closed.v1";
}
