package io.bastion.plan.api;

import io.bastion.plan.domain.AuditDecision;
import io.bastion.plan.domain.AuditRule;
import io.bastion.plan.domain.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Schema(name = "AuditRound", description = "One numbered round of the county's audit, as it was recorded")
public record AuditRoundView(int round, @Schema(description = "the submission audited") int submission,
                             @Schema(description = "RETURN or APPROVE") String decision,
                             @Schema(description = "the machine check's findings by rule at the time") Map<AuditRule, List<Finding>> findings,
                             @Schema(description = "the auditor's judgement per rule") List<AuditDecision.Judgement> judgements,
                             @Schema(description = "why the plan was returned") List<String> reasons,
                             String auditedBy, OffsetDateTime auditedAt) {
}
