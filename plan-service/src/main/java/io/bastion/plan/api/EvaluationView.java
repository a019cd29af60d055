package io.bastion.plan.api;

import io.bastion.plan.domain.EvaluationDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Evaluation", description = "The county's evaluation of a submission through the eight remedies (八治)")
public record EvaluationView(int submission, String feasibility, String expectedEffect,
                             @Schema(description = "suggestions by remedy") List<EvaluationDraft.Suggestion> suggestions,
                             String evaluatedBy, OffsetDateTime evaluatedAt) {
}
