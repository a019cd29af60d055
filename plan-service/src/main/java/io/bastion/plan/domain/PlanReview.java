package io.bastion.plan.domain;

import io.bastion.cases.CaseFile;
import io.bastion.plan.events.PlanStageChanged;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps two and three, at the county: the evaluation through the eight remedies and the audit rounds. */
@ApplicationScoped
public class PlanReview {

    @Inject
    EntityManager em;

    @Inject
    PlanRegistry plans;

    @Inject
    PlanJson json;

    @Inject
    CampaignCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    /** What the machine check of the three rules finds in the plan as it stands today. */
    public Map<AuditRule, List<Finding>> findings(Plan plan) {
        CaseFile c = plans.caseOf(plan);
        PlanDraft draft = plans.draftOf(plan);
        return AuditChecks.check(c.categoryList(), draft.problemList(), draft.measureList(), calendar.today(),
                calendar.end(plan.campaignYear));
    }

    @Transactional
    public Evaluation evaluate(UUID id, int expectedVersion, EvaluationDraft draft, Actor actor) {
        Plan plan = plans.forChange(id, expectedVersion);
        PlanLifecycle.check(plan.stage, PlanStage.AWAITING_AUDIT);
        List<Violation> violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInput("invalid-evaluation", violations);
        }
        OffsetDateTime now = Now.timestamp();
        Evaluation e = new Evaluation();
        e.planId = plan.id;
        e.submission = plan.submissions;
        e.feasibility = draft.feasibility().trim();
        e.expectedEffect = draft.expectedEffect().trim();
        e.suggestions = json.write(draft.suggestions().stream()
                .map(s -> new EvaluationDraft.Suggestion(s.remedy(), s.suggestion().trim())).toList());
        e.evaluatedBy = actor.name();
        e.evaluatedAt = now;
        e.persist();
        plan.stage = PlanStage.AWAITING_AUDIT;
        plan.updatedAt = now;
        em.flush();
        outbox.append(PlanStageChanged.evaluated(plan, plans.measures(plan.id).size()));
        audit.record(actor, "plan.evaluate", "plan", plan.id.toString(), plan.villageCode, draft);
        return e;
    }

    /**
     * Records an audit round: the findings of the machine check at this moment, the auditor's
     * judgement per rule, and the decision. A return sends the plan back to the township with its
     * reasons; an approval, possible only when all three rules pass, starts the measures.
     */
    @Transactional
    public AuditRound audit(UUID id, int expectedVersion, AuditDecision decision, Actor actor) {
        Plan plan = plans.forChange(id, expectedVersion);
        List<Violation> violations = decision.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInput("invalid-audit", violations);
        }
        PlanStage to = decision.returning() ? PlanStage.RETURNED : PlanStage.APPROVED;
        PlanLifecycle.check(plan.stage, to);
        Map<AuditRule, List<Finding>> findings = findings(plan);
        if (!decision.returning()) {
            List<Violation> blockers = decision.approvalBlockers(findings);
            if (!blockers.isEmpty()) {
                throw new InvalidInput("approval-blocked", blockers);
            }
        }
        OffsetDateTime now = Now.timestamp();
        long earlier = em.createQuery("select count(a) from AuditRound a where a.planId = :plan", Long.class)
                .setParameter("plan", plan.id).getSingleResult();
        AuditRound round = new AuditRound();
        round.planId = plan.id;
        round.round = (int) earlier + 1;
        round.submission = plan.submissions;
        round.decision = decision.decision();
        round.findings = json.write(findings);
        round.judgements = json.write(decision.judgements());
        round.reasons = json.write(decision.reasonList());
        round.auditedBy = actor.name();
        round.auditedAt = now;
        round.persist();
        plan.stage = to;
        plan.updatedAt = now;
        int measures = plans.measures(plan.id).size();
        if (decision.returning()) {
            plan.returns++;
            em.flush();
            outbox.append(PlanStageChanged.returned(plan, measures, round.round, decision.failedRules(), decision.reasonList()));
        } else {
            plan.approvedAt = now;
            em.flush();
            outbox.append(PlanStageChanged.approved(plan, measures, round.round));
        }
        audit.record(actor, decision.returning() ? "plan.return" : "plan.approve", "plan", plan.id.toString(), plan.villageCode,
                decision);
        return round;
    }

    public List<Evaluation> evaluations(UUID planId) {
        return em.createQuery("from Evaluation where planId = :plan order by submission", Evaluation.class)
                .setParameter("plan", planId).getResultList();
    }

    public List<AuditRound> rounds(UUID planId) {
        return em.createQuery("from AuditRound where planId = :plan order by round", AuditRound.class)
                .setParameter("plan", planId).getResultList();
    }

    public List<Submission> submissions(UUID planId) {
        return em.createQuery("from Submission where planId = :plan order by number", Submission.class)
                .setParameter("plan", planId).getResultList();
    }
}
