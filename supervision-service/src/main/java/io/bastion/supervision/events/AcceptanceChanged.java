package io.bastion.supervision.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.supervision.domain.Acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An acceptance was requested, failed or passed; village-service moves the case to ACCEPTANCE, back
 * to RECTIFYING with the new deadline, or to CONSOLIDATING. No personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptanceChanged(@JsonIgnore String type, UUID acceptanceId, UUID caseId, String villageCode, String townshipCode,
                                int round, BigDecimal score, Integer respondents, Integer dissatisfied, LocalDate newDeadline,
                                String reason, int version) implements OutgoingEvent {

    public static final String REQUESTED = "bastion.supervision.acceptance-requested.v1";
    public static final String FAILED = "bastion.supervision.acceptance-failed.v1";
    public static final String PASSED = "bastion.supervision.acceptance-passed.v1";

    public static AcceptanceChanged requested(Acceptance a) {
        return new AcceptanceChanged(REQUESTED, a.id, a.caseId, a.villageCode, a.townshipCode, a.round, null, null, null, null,
                "申请第 " + a.round + " 次验收", a.version);
    }

    public static AcceptanceChanged assessed(Acceptance a) {
        boolean passed = a.status == Acceptance.Status.PASSED;
        int respondents = a.partyMembersRespondents + a.representativesRespondents;
        int dissatisfied = a.partyMembersDissatisfied + a.representativesDissatisfied;
        return new AcceptanceChanged(passed ? PASSED : FAILED, a.id, a.caseId, a.villageCode, a.townshipCode, a.round, a.score,
                respondents, dissatisfied, a.newDeadline, (passed ? "验收通过，" : "验收未通过，") + "得分 " + a.score.toPlainString()
                + "，不满意 " + dissatisfied + "/" + respondents, a.version);
    }
}
