package io.bastion.plan.api;

import io.bastion.plan.domain.PlanDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Submission", description = "A submitted version of a plan, immutable")
public record SubmissionView(int number, String submittedBy, OffsetDateTime submittedAt,
                             @Schema(description = "the plan as submitted; absent in lists") PlanDraft plan) {
}
