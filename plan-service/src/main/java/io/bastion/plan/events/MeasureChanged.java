package io.bastion.plan.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.plan.domain.Measure;
import io.bastion.plan.domain.Plan;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A measure of an approved plan moved on (progress, completion, a new deadline) or passed its
 * deadline undone. The whole measure without its responsible person, who is personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureChanged(
        @JsonIgnore String type,
        UUID measureId,
        UUID planId,
        UUID caseId,
        String villageCode,
        String townshipCode,
        int campaignYear,
        String key,
        String problemKey,
        String remedy,
        String responsibleUnit,
        LocalDate deadline,
        String status,
        int progress,
        OffsetDateTime completedAt,
        Long daysOverdue,
        int version) implements OutgoingEvent {

    public static final String UPDATED = "bastion.plan.measure-updated.v1";
    public static final String OVERDUE = "bastion.plan.measure-overdue.v1";

    public static MeasureChanged updated(Plan p, Measure m) {
        return of(UPDATED, p, m, null);
    }

    public static MeasureChanged overdue(Plan p, Measure m, LocalDate today) {
        return of(OVERDUE, p, m, ChronoUnit.DAYS.between(m.deadline, today));
    }

    private static MeasureChanged of(String type, Plan p, Measure m, Long daysOverdue) {
        return new MeasureChanged(type, m.id, p.id, p.caseId, p.villageCode, p.townshipCode, p.campaignYear, m.key,
                m.problemKey, m.remedy, m.responsibleUnit, m.deadline, m.status.name(), m.progress, m.completedAt,
                daysOverdue, m.version);
    }
}
