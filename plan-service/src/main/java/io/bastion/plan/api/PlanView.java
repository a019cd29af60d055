package io.bastion.plan.api;

import io.bastion.cases.CaseFile;
import io.bastion.plan.domain.CommitteeMeeting;
import io.bastion.plan.domain.Measure;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanDraft;
import io.bastion.plan.domain.PlanLifecycle;
import io.bastion.plan.domain.PlanProblem;
import io.bastion.plan.domain.RepresentativesMeeting;
import io.bastion.plan.domain.TownshipMeetings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Plan", description = "A case's one-village-one-policy plan (一村一策) with its problems, measures and township meetings")
public record PlanView(
        UUID id,
        UUID caseId,
        String villageCode,
        String villageName,
        String townshipCode,
        int campaignYear,
        @Schema(description = "DRAFTING, AWAITING_EVALUATION, AWAITING_AUDIT, RETURNED or APPROVED") String stage,
        @Schema(description = "the stages the plan can move to from here") List<String> next,
        @Schema(description = "whether the township can still edit it (drafting or returned)") boolean editable,
        String goals,
        List<PlanProblem> problems,
        List<MeasureView> measures,
        CommitteeMeeting committeeMeeting,
        RepresentativesMeeting representativesMeeting,
        @Schema(description = "step one: both meetings recorded, the committee adopted it, the representatives' meeting was quorate and passed it")
        TownshipReview townshipReview,
        @Schema(description = "how many times the township submitted it") int submissions,
        @Schema(description = "how many audit rounds returned it") int returns,
        @Schema(description = "returned more than the usual one or two rounds") boolean beyondUsualRounds,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Where step one stands. */
    public record TownshipReview(boolean committeeAdopted, boolean representativesQuorate, boolean representativesPassed,
                                 boolean readyToSubmit) {
    }

    static PlanView of(Plan p, CaseFile c, PlanDraft text, List<Measure> measures) {
        CommitteeMeeting committee = text.committeeMeeting();
        RepresentativesMeeting representatives = text.representativesMeeting();
        TownshipReview review = new TownshipReview(committee != null && committee.adopted(),
                representatives != null && representatives.quorate(), representatives != null && representatives.passed(),
                TownshipMeetings.submissionBlockers(committee, representatives).isEmpty());
        return new PlanView(p.id, p.caseId, p.villageCode, c.villageName, p.townshipCode, p.campaignYear, p.stage.name(),
                PlanLifecycle.allowedFrom(p.stage).stream().sorted().map(Enum::name).toList(), PlanLifecycle.editable(p.stage),
                p.goals, text.problemList(), measures.stream().map(MeasureView::of).toList(), committee, representatives, review,
                p.submissions, p.returns, p.beyondUsualRounds(), p.submittedAt, p.approvedAt, p.version, p.createdAt, p.updatedAt);
    }
}
