package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.events.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A key-contact case's weekly report arrived (on time or late), or was found missing after its deadline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WeeklyReportEvent(@JsonIgnore String type, UUID reportId, UUID caseId, String villageCode, String townshipCode,
                                String grade, String week, OffsetDateTime deadline, Boolean onTime, OffsetDateTime submittedAt)
        implements OutgoingEvent {

    public static final String SUBMITTED = "bastion.supervision.weekly-report-submitted.v1";
    public static final String MISSED = "bastion.supervision.weekly-report-missed.v1";
}
