package io.bastion.plan.domain;

import io.bastion.cases.CaseFile;
import io.bastion.plan.events.PlanStageChanged;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step one, at the township: drafting a case's plan, revising it, and submitting it to the county. */
@ApplicationScoped
public class PlanRegistry {

    private static final String INVALID = "invalid-plan";
    /** Statuses in which a case may get its plan: identified, or already planning. */
    private static final List<String> PLANNABLE = List.of("IDENTIFIED", "PLANNING");

    @Inject
    EntityManager em;

    @Inject
    PlanJson json;

    @Inject
    CampaignCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public Plan get(UUID id) {
        Plan plan = em.find(Plan.class, id);
        if (plan == null) {
            throw new NotFound("plan", id.toString());
        }
        return plan;
    }

    /** The plan locked for a change, at the version the caller read. */
    Plan forChange(UUID id, int expectedVersion) {
        Plan plan = em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new NotFound("plan", id.toString());
        }
        plan.requireVersion(expectedVersion, "plan", id.toString());
        return plan;
    }

    public CaseFile caseOf(Plan plan) {
        return em.find(CaseFile.class, plan.caseId);
    }

    public List<Measure> measures(UUID planId) {
        return em.createQuery("from Measure where planId = :plan order by position", Measure.class)
                .setParameter("plan", planId).getResultList();
    }

    public Measure measure(UUID planId, String key) {
        return em.createQuery("from Measure where planId = :plan and key = :key", Measure.class)
                .setParameter("plan", planId).setParameter("key", key)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("measure", planId + "/" + key));
    }

    /** The plan as the township wrote it: the starting point of a revision, and what a submission keeps. */
    public PlanDraft draftOf(Plan plan) {
        return new PlanDraft(plan.caseId, plan.goals, List.of(json.read(plan.problems, PlanProblem[].class)),
                measures(plan.id).stream().map(Measure::toDraft).toList(),
                json.read(plan.committeeMeeting, CommitteeMeeting.class),
                json.read(plan.representativesMeeting, RepresentativesMeeting.class));
    }

    /** Drafts the plan of a case the service knows, which moves the case to PLANNING in village-service. */
    @Transactional
    public Plan draft(PlanDraft request, Actor actor) {
        if (request.caseId() == null) {
            throw new InvalidInput(INVALID, new Violation("caseId", "required", null));
        }
        CaseFile c = em.find(CaseFile.class, request.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new InvalidInput(INVALID, new Violation("caseId", "case-known", request.caseId().toString()));
        }
        List<Plan> existing = em.createQuery("from Plan where caseId = :case", Plan.class)
                .setParameter("case", c.caseId).getResultList();
        if (!existing.isEmpty()) {
            throw new Conflict("plan-exists", c.caseId, existing.get(0).id);
        }
        if (!PLANNABLE.contains(c.status)) {
            throw new Conflict("case-not-plannable", c.caseId, c.status);
        }
        PlanDraft draft = validated(request.normalized(), c);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.caseId = c.caseId;
        plan.villageCode = c.villageCode;
        plan.townshipCode = c.townshipCode;
        plan.campaignYear = c.campaignYear;
        plan.stage = PlanStage.DRAFTING;
        plan.createdAt = Now.timestamp();
        writeText(plan, draft);
        plan.persist();
        List<Measure> measures = syncMeasures(plan, List.of(), draft.measureList());
        em.flush();
        outbox.append(PlanStageChanged.drafted(plan, measures.size()));
        audit.record(actor, "plan.draft", "plan", plan.id.toString(), plan.villageCode, draft);
        return plan;
    }

    /**
     * Replaces what the plan says while the township holds it (drafting, or returned for refinement).
     * A revision that changes nothing keeps the version.
     */
    @Transactional
    public Plan revise(UUID id, int expectedVersion, PlanDraft request, Actor actor) {
        Plan plan = forChange(id, expectedVersion);
        if (!plan.caseId.equals(request.caseId())) {
            throw new InvalidInput(INVALID, new Violation("caseId", "immutable", String.valueOf(request.caseId()), plan.caseId));
        }
        if (!PlanLifecycle.editable(plan.stage)) {
            throw new Conflict("plan-not-editable", plan.id, plan.stage);
        }
        PlanDraft draft = validated(request.normalized(), caseOf(plan));
        if (draft.equals(draftOf(plan))) {
            return plan;
        }
        writeText(plan, draft);
        syncMeasures(plan, measures(plan.id), draft.measureList());
        audit.record(actor, "plan.revise", "plan", plan.id.toString(), plan.villageCode, draft);
        return plan;
    }

    /**
     * Sends the plan to the county once both township meetings are recorded and passed. Each
     * submission is kept as an immutable snapshot; a first one goes to evaluation, a revised one back
     * to the audit.
     */
    @Transactional
    public Plan submit(UUID id, int expectedVersion, Actor actor) {
        Plan plan = forChange(id, expectedVersion);
        PlanStage next = PlanLifecycle.afterSubmission(plan.stage);
        PlanLifecycle.check(plan.stage, next);
        PlanDraft draft = draftOf(plan);
        List<Violation> blockers = TownshipMeetings.submissionBlockers(draft.committeeMeeting(), draft.representativesMeeting());
        if (!blockers.isEmpty()) {
            throw new InvalidInput("plan-not-submittable", blockers);
        }
        OffsetDateTime now = Now.timestamp();
        plan.submissions++;
        plan.stage = next;
        plan.submittedAt = now;
        plan.updatedAt = now;
        Submission snapshot = new Submission();
        snapshot.planId = plan.id;
        snapshot.number = plan.submissions;
        snapshot.snapshot = json.write(draft);
        snapshot.submittedBy = actor.name();
        snapshot.submittedAt = now;
        snapshot.persist();
        em.flush();
        outbox.append(PlanStageChanged.submitted(plan, draft.measureList().size()));
        audit.record(actor, "plan.submit", "plan", plan.id.toString(), plan.villageCode,
                Map.of("submission", plan.submissions));
        return plan;
    }

    private PlanDraft validated(PlanDraft draft, CaseFile c) {
        List<Violation> violations = draft.violations(new HashSet<>(c.categoryList()), calendar.today());
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
        return draft;
    }

    private void writeText(Plan plan, PlanDraft draft) {
        plan.goals = draft.goals();
        plan.problems = json.write(draft.problemList());
        plan.committeeMeeting = json.write(draft.committeeMeeting());
        plan.representativesMeeting = json.write(draft.representativesMeeting());
        // A change to the measures alone still changes the plan: its version and date move.
        plan.updatedAt = Now.timestamp();
    }

    /** Brings the measure rows in line with the draft, matched by key: kept, changed, added or dropped. */
    private List<Measure> syncMeasures(Plan plan, List<Measure> current, List<MeasureDraft> wanted) {
        Map<String, Measure> byKey = current.stream().collect(Collectors.toMap(m -> m.key, Function.identity()));
        List<Measure> result = new ArrayList<>();
        OffsetDateTime now = Now.timestamp();
        for (int i = 0; i < wanted.size(); i++) {
            MeasureDraft draft = wanted.get(i);
            Measure m = byKey.remove(draft.key());
            if (m == null) {
                m = new Measure();
                m.id = UUID.randomUUID();
                m.planId = plan.id;
                m.status = MeasureStatus.OPEN;
                m.createdAt = now;
                m.updatedAt = now;
                m.apply(draft, i);
                m.persist();
            } else if (!m.toDraft().equals(draft) || m.position != i) {
                m.apply(draft, i);
                m.updatedAt = now;
            }
            result.add(m);
        }
        byKey.values().forEach(em::remove);
        return result;
    }
}
