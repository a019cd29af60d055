package io.bastion.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AuditRound", description = "One numbered round of the county's audit, as it was recorded")
public record AuditRoundView(int round, @Schema(description = "the submission audited") int submission,
                             @Schema(description = "RETURN or APPROVE") String decision,
                             @Schema(description = "the machine check's findings by rule at the time") JsonNode findings,
                             @Schema(description = "the auditor's judgement per rule") JsonNode judgements,
                             @Schema(description = "why the plan was returned") JsonNode reasons,
                             String auditedBy, OffsetDateTime auditedAt) {
}
