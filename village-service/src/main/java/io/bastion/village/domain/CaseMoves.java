package io.bastion.village.domain;

import io.bastion.platform.domain.Conflict;

import java.util.Map;

/**
 * Who decides each move of a case. Every move of the lifecycle is the outcome of another step of
 * the campaign, recorded where that step is kept: a plan is drafted and approved in plan-service,
 * acceptance is asked for, assessed and the case written off in supervision-service, a relapse is
 * found with its own operation. A move made by hand would skip that step (a case rectifying without
 * a plan, written off before its consolidation is over), so there is none: the answer names the
 * service and the operation that makes the move.
 */
public final class CaseMoves {

    /** The step that makes a move: the service that keeps it and its operation. */
    public record Decider(String service, String operation) {
    }

    private static final Map<CaseStatus, Map<CaseStatus, Decider>> DECIDERS = Map.of(
            CaseStatus.IDENTIFIED, Map.of(CaseStatus.PLANNING, new Decider("plan-service", "POST /api/v1/plans")),
            CaseStatus.PLANNING, Map.of(CaseStatus.RECTIFYING, new Decider("plan-service", "POST /api/v1/plans/{id}/audits")),
            CaseStatus.RECTIFYING, Map.of(CaseStatus.ACCEPTANCE, new Decider("supervision-service", "POST /api/v1/acceptances")),
            CaseStatus.ACCEPTANCE, Map.of(
                    CaseStatus.RECTIFYING, new Decider("supervision-service", "POST /api/v1/acceptances/{id}/assessment"),
                    CaseStatus.CONSOLIDATING, new Decider("supervision-service", "POST /api/v1/acceptances/{id}/assessment")),
            CaseStatus.CONSOLIDATING, Map.of(
                    CaseStatus.WRITTEN_OFF, new Decider("supervision-service", "POST /api/v1/write-offs"),
                    CaseStatus.RELAPSED, new Decider("village-service", "POST /api/v1/cases/{id}/relapses")));

    private CaseMoves() {
    }

    /** The step that decides {@code from -> to}, a move the lifecycle has. */
    public static Decider decider(CaseStatus from, CaseStatus to) {
        return DECIDERS.getOrDefault(from, Map.of()).get(to);
    }

    /**
     * The answer to a move asked for by hand: an illegal one as the lifecycle answers it
     * ({@code illegal-transition}, naming the moves there are), a legal one {@code decided-elsewhere},
     * naming the step that makes it.
     */
    public static Conflict refusal(CaseStatus from, CaseStatus to) {
        Decider decider = decider(from, to);
        return decider == null ? CaseLifecycle.illegal(from, to) : new DecidedElsewhere(from, to, decider);
    }

    /** A move that another step of the campaign makes. */
    static final class DecidedElsewhere extends Conflict {
        DecidedElsewhere(CaseStatus from, CaseStatus to, Decider decider) {
            super("decided-elsewhere", from, to, decider.service(), decider.operation());
        }
    }
}
