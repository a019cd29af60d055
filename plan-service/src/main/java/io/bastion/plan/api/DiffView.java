package io.bastion.plan.api;

import io.bastion.plan.domain.PlanDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionDiff", description = "What changed from one submission to another: plan fields, problems and measures by key")
public record DiffView(int from, int to, boolean unchanged, PlanDiff changes) {
}
