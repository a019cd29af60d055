package io.bastion.plan.domain;

import io.bastion.plan.events.MeasureChanged;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Carrying out an approved plan's measures: progress, completion, and deadline extensions. */
@ApplicationScoped
public class MeasureWork {

    @Inject
    EntityManager em;

    @Inject
    PlanRegistry plans;

    @Inject
    CampaignCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    /** Records progress, or with {@code completing} the measure's completion, at the version the caller read. */
    @Transactional
    public Measure report(UUID planId, String key, int expectedVersion, ProgressReport report, boolean completing, Actor actor) {
        Plan plan = plans.get(planId);
        Measure m = workable(plan, key);
        m.requireVersion(expectedVersion, "measure", planId + "/" + key);
        List<Violation> violations = report.violations(m.progress, completing);
        if (!violations.isEmpty()) {
            throw new InvalidInput("invalid-progress", violations);
        }
        OffsetDateTime now = Now.timestamp();
        ProgressEntry entry = new ProgressEntry();
        entry.measureId = m.id;
        entry.percent = completing ? 100 : report.percent();
        entry.note = report.note().trim();
        entry.evidence = report.evidenceList().toArray(String[]::new);
        entry.completes = completing;
        entry.recordedBy = actor.name();
        entry.recordedAt = now;
        entry.persist();
        m.progress = entry.percent;
        if (completing) {
            m.status = MeasureStatus.COMPLETED;
            m.completedAt = now;
        }
        m.updatedAt = now;
        em.flush();
        outbox.append(MeasureChanged.updated(plan, m));
        audit.record(actor, completing ? "measure.complete" : "measure.progress", "measure", m.id.toString(), plan.villageCode,
                report);
        return m;
    }

    /** The township asks for a later deadline; one request at a time, the new date inside the campaign. */
    @Transactional
    public Extension requestExtension(UUID planId, String key, ExtensionRequest request, Actor actor) {
        Plan plan = plans.get(planId);
        Measure m = workable(plan, key);
        List<Violation> v = new ArrayList<>();
        LocalDate end = calendar.end(plan.campaignYear);
        if (request.deadline() == null) {
            v.add(new Violation("deadline", "required", null));
        } else if (m.deadline != null && !request.deadline().isAfter(m.deadline)) {
            v.add(new Violation("deadline", "after-current-deadline", request.deadline().toString(), m.deadline.toString()));
        } else if (!request.deadline().isAfter(calendar.today())) {
            v.add(new Violation("deadline", "in-the-future", request.deadline().toString()));
        } else if (request.deadline().isAfter(end)) {
            v.add(new Violation("deadline", "inside-campaign", request.deadline().toString(), end.toString()));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            v.add(new Violation("reason", "required", null));
        } else if (request.reason().length() > 2000) {
            v.add(new Violation("reason", "max-length", request.reason().length(), 2000));
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-extension", v);
        }
        if (pending(m.id) != null) {
            throw new Conflict("extension-pending", planId + "/" + key);
        }
        Extension e = new Extension();
        e.id = UUID.randomUUID();
        e.measureId = m.id;
        e.currentDeadline = m.deadline;
        e.requestedDeadline = request.deadline();
        e.reason = request.reason().trim();
        e.status = Extension.Status.PENDING;
        e.requestedBy = actor.name();
        e.requestedAt = Now.timestamp();
        e.persist();
        audit.record(actor, "measure.request-extension", "measure", m.id.toString(), plan.villageCode, request);
        return e;
    }

    /** The county grants or refuses a pending extension; a granted one moves the deadline. */
    @Transactional
    public Extension decide(UUID planId, String key, UUID extensionId, ExtensionDecision decision, Actor actor) {
        Plan plan = plans.get(planId);
        Measure m = workable(plan, key);
        Extension e = em.find(Extension.class, extensionId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.measureId.equals(m.id)) {
            throw new NotFound("extension", String.valueOf(extensionId));
        }
        if (decision.granted() == null) {
            throw new InvalidInput("invalid-extension", new Violation("granted", "required", null));
        }
        if (decision.note() != null && decision.note().length() > 2000) {
            throw new InvalidInput("invalid-extension", new Violation("note", "max-length", decision.note().length(), 2000));
        }
        if (e.status != Extension.Status.PENDING) {
            throw new Conflict("extension-decided", extensionId, e.status);
        }
        OffsetDateTime now = Now.timestamp();
        e.status = decision.granted() ? Extension.Status.GRANTED : Extension.Status.REFUSED;
        e.decidedBy = actor.name();
        e.decidedAt = now;
        e.decisionNote = decision.note() == null || decision.note().isBlank() ? null : decision.note().trim();
        if (decision.granted()) {
            m.deadline = e.requestedDeadline;
            m.updatedAt = now;
            em.flush();
            outbox.append(MeasureChanged.updated(plan, m));
        }
        audit.record(actor, decision.granted() ? "measure.grant-extension" : "measure.refuse-extension", "measure",
                m.id.toString(), plan.villageCode, Map.of("extension", extensionId.toString(), "note", e.decisionNote == null ? "" : e.decisionNote));
        return e;
    }

    public List<ProgressEntry> progress(UUID measureId) {
        return em.createQuery("from ProgressEntry where measureId = :m order by id", ProgressEntry.class)
                .setParameter("m", measureId).getResultList();
    }

    public List<Extension> extensions(UUID measureId) {
        return em.createQuery("from Extension where measureId = :m order by requestedAt", Extension.class)
                .setParameter("m", measureId).getResultList();
    }

    private Extension pending(UUID measureId) {
        return em.createQuery("from Extension where measureId = :m and status = :s", Extension.class)
                .setParameter("m", measureId).setParameter("s", Extension.Status.PENDING)
                .getResultStream().findFirst().orElse(null);
    }

    /** A measure that can be worked on: its plan approved, the measure itself not yet done. */
    private Measure workable(Plan plan, String key) {
        Measure m = plans.measure(plan.id, key);
        if (plan.stage != PlanStage.APPROVED) {
            throw new Conflict("plan-not-approved", plan.id, plan.stage);
        }
        if (m.status == MeasureStatus.COMPLETED) {
            throw new Conflict("measure-completed", plan.id + "/" + key);
        }
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        return m;
    }
}
