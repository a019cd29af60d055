package io.bastion.plan.api;

import io.bastion.plan.domain.Measure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Measure", description = "A measure of a plan: what, against which problem, through which remedy, who answers for it, by when")
public record MeasureView(UUID id, UUID planId, String key, String problem, String action,
                          @Schema(description = "one of the eight remedies (八治)") String remedy,
                          String responsiblePerson, String responsiblePost, String responsibleUnit, LocalDate deadline,
                          String expectedResult, @Schema(description = "OPEN or COMPLETED") String status,
                          @Schema(description = "percent done, as last reported") int progress, OffsetDateTime completedAt,
                          int version) {

    static MeasureView of(Measure m) {
        return new MeasureView(m.id, m.planId, m.key, m.problemKey, m.action, m.remedy, m.responsiblePerson, m.responsiblePost,
                m.responsibleUnit, m.deadline, m.expectedResult, m.status.name(), m.progress, m.completedAt, m.version);
    }
}
