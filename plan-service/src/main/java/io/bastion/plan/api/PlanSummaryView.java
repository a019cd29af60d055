package io.bastion.plan.api;

import io.bastion.plan.domain.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "PlanSummary", description = "A plan in a work queue: where it stands, without its text")
public record PlanSummaryView(UUID id, UUID caseId, String villageCode, String townshipCode, int campaignYear, String stage,
                              int submissions, int returns, boolean beyondUsualRounds, OffsetDateTime submittedAt,
                              OffsetDateTime approvedAt, int version, OffsetDateTime updatedAt) {

    static PlanSummaryView of(Plan p) {
        return new PlanSummaryView(p.id, p.caseId, p.villageCode, p.townshipCode, p.campaignYear, p.stage.name(), p.submissions,
                p.returns, p.beyondUsualRounds(), p.submittedAt, p.approvedAt, p.version, p.updatedAt);
    }
}
