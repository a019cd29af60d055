package io.bastion.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Evaluation", description = "The county's evaluation of a submission through the eight remedies (八治)")
public record EvaluationView(int submission, String feasibility, String expectedEffect,
                             @Schema(description = "suggestions by remedy: [{remedy, suggestion}]") JsonNode suggestions,
                             String evaluatedBy, OffsetDateTime evaluatedAt) {
}
