package io.bastion.plan.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.plan.domain.Plan;
import io.bastion.platform.events.OutgoingEvent;

import java.util.List;
import java.util.UUID;

/**
 * A plan moved through its three steps: drafted, submitted, evaluated, returned or approved. Carries
 * the plan's whole standing, so a consumer needs no call back; no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanStageChanged(
        @JsonIgnore String type,
        UUID planId,
        UUID caseId,
        String villageCode,
        String townshipCode,
        int campaignYear,
        String stage,
        int submissions,
        int returns,
        boolean beyondUsualRounds,
        Integer round,
        List<String> failedRules,
        List<String> reasons,
        int measures,
        String reason,
        int version) implements OutgoingEvent {

    public static final String DRAFTED = "bastion.plan.drafted.v1";
    public static final String SUBMITTED = "bastion.plan.submitted.v1";
    public static final String EVALUATED = "bastion.plan.evaluated.v1";
    public static final String RETURNED = "bastion.plan.returned.v1";
    public static final String APPROVED = "bastion.plan.approved.v1";

    public static PlanStageChanged drafted(Plan p, int measures) {
        return of(DRAFTED, p, measures, null, null, null, "一村一策方案已起草");
    }

    public static PlanStageChanged submitted(Plan p, int measures) {
        return of(SUBMITTED, p, measures, null, null, null, "第 " + p.submissions + " 次报送县委组织部");
    }

    public static PlanStageChanged evaluated(Plan p, int measures) {
        return of(EVALUATED, p, measures, null, null, null, "县委组织部已按“八治”评估");
    }

    public static PlanStageChanged returned(Plan p, int measures, int round, List<String> failedRules, List<String> reasons) {
        return of(RETURNED, p, measures, round, failedRules, reasons, "第 " + round + " 轮审核发回细化完善");
    }

    public static PlanStageChanged approved(Plan p, int measures, int round) {
        return of(APPROVED, p, measures, round, null, null, "第 " + round + " 轮审核通过");
    }

    private static PlanStageChanged of(String type, Plan p, int measures, Integer round, List<String> failedRules,
                                       List<String> reasons, String reason) {
        return new PlanStageChanged(type, p.id, p.caseId, p.villageCode, p.townshipCode, p.campaignYear, p.stage.name(),
                p.submissions, p.returns, p.beyondUsualRounds(), round, failedRules, reasons, measures, reason, p.version);
    }
}
