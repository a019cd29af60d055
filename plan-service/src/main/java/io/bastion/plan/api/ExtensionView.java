package io.bastion.plan.api;

import io.bastion.plan.domain.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Extension", description = "A request to move a measure's deadline, and the county's decision")
public record ExtensionView(UUID id, LocalDate currentDeadline, LocalDate requestedDeadline, String reason,
                            @Schema(description = "PENDING, GRANTED or REFUSED") String status, String requestedBy,
                            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

    static ExtensionView of(Extension e) {
        return new ExtensionView(e.id, e.currentDeadline, e.requestedDeadline, e.reason, e.status.name(), e.requestedBy,
                e.requestedAt, e.decidedBy, e.decidedAt, e.decisionNote);
    }
}
