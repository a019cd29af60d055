package io.bastion.supervision.api;

import io.bastion.supervision.domain.FollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "FollowUp", description = "The follow-up visit (回头看) after a write-off, and what it found")
public record FollowUpView(UUID id, UUID caseId, String villageCode, LocalDate dueOn,
                           @Schema(description = "SCHEDULED or DONE") String status, LocalDate visitedOn, Boolean relapsed,
                           List<String> categories, String basis, String note, String recordedBy, int version) {

    static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id, f.caseId, f.villageCode, f.dueOn, f.status.name(), f.visitedOn, f.relapsed,
                f.categories == null ? null : List.of(f.categories), f.basis, f.note, f.recordedBy, f.version);
    }
}
