package io.bastion.supervision.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.InspectionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Inspections (明察暗访) and the corrections they require: the township reports each correction, the
 * inspectors accept it (closed) or send it back, until every finding is closed.
 */
@ApplicationScoped
public class Inspections {

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    public Inspection get(UUID id) {
        Inspection i = em.find(Inspection.class, id);
        if (i == null) {
            throw new NotFound("inspection", id.toString());
        }
        return i;
    }

    public Finding finding(UUID id) {
        Finding f = em.find(Finding.class, id);
        if (f == null) {
            throw new NotFound("finding", id.toString());
        }
        return f;
    }

    public List<Finding> findingsOf(UUID inspectionId) {
        return em.createQuery("from Finding where inspectionId = :i order by position", Finding.class).setParameter("i", inspectionId)
                .getResultList();
    }

    @Transactional
    public Inspection record(InspectionDraft draft, Actor actor) {
        List<Violation> v = draft.violations(calendar.today());
        // The campaign inspects its own villages, open cases or written off and followed up; any other code is a mistake.
        if (v.isEmpty() && em.createQuery("select count(c) from CaseFile c where c.villageCode = :v", Long.class)
                .setParameter("v", draft.villageCode()).getSingleResult() == 0) {
            v.add(new Violation("villageCode", "case-village", draft.villageCode()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-inspection", v);
        }
        OffsetDateTime now = Now.timestamp();
        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.kind = Inspection.Kind.valueOf(draft.kind());
        i.villageCode = draft.villageCode();
        i.townshipCode = draft.villageCode().substring(0, 9);
        i.caseId = em.createQuery("select c.caseId from CaseFile c where c.villageCode = :v and c.status not in :closed"
                        + " order by c.identifiedAt desc", UUID.class)
                .setParameter("v", draft.villageCode()).setParameter("closed", List.of("WRITTEN_OFF", "RELAPSED"))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        i.inspectedOn = draft.inspectedOn();
        i.inspectors = draft.inspectors().stream().map(String::trim).toArray(String[]::new);
        i.summary = draft.summary().trim();
        i.recordedBy = actor.name();
        i.recordedAt = now;
        i.persist();
        facts.record("inspection", i.id.toString(), List.of(Fact.once(Figure.INSPECTIONS, i.id.toString(), i.villageCode, i.townshipCode,
                i.inspectedOn, i.kind.name())));
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (int n = 0; n < draft.findingList().size(); n++) {
            InspectionDraft.FindingDraft d = draft.findingList().get(n);
            Finding f = new Finding();
            f.id = UUID.randomUUID();
            f.inspectionId = i.id;
            f.villageCode = i.villageCode;
            f.position = n + 1;
            f.description = d.description().trim();
            f.severity = Finding.Severity.valueOf(d.severity());
            f.correctionRequired = d.correctionRequired().trim();
            f.correctionDeadline = d.correctionDeadline();
            f.status = Finding.Status.OPEN;
            f.createdAt = now;
            f.updatedAt = now;
            f.persist();
            facts.record("finding", f.id.toString(), List.of(Fact.once(Figure.INSPECTION_FINDINGS, f.id.toString(), i.villageCode,
                    i.townshipCode, i.inspectedOn, f.severity.name())));
            bySeverity.merge(f.severity.name(), 1, Integer::sum);
        }
        outbox.append(new InspectionEvent(InspectionEvent.RECORDED, i.id, null, i.caseId, i.villageCode, i.townshipCode, i.kind.name(),
                i.inspectedOn, bySeverity, null, null, null));
        notifications.notify(Notifications.TOWNSHIP_OPERATOR, i.townshipCode, "inspection-recorded", i.villageCode, i.id.toString(),
                List.of(i.villageCode, i.inspectedOn.toString(), String.valueOf(draft.findingList().size())));
        audit.record(actor, "inspection.record", "inspection", i.id.toString(), i.villageCode, draft);
        return i;
    }

    /** The township reports the correction made. */
    @Transactional
    public Finding correct(UUID id, int expectedVersion, String note, Actor actor) {
        Finding f = locked(id, expectedVersion);
        if (f.status != Finding.Status.OPEN) {
            throw new Conflict("finding-not-open", id, f.status);
        }
        List<Violation> v = new ArrayList<>();
        TextRules.required(v, "note", note, 2000);
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-inspection", v);
        }
        f.status = Finding.Status.CORRECTED;
        f.correctionNote = note.trim();
        f.correctedAt = Now.timestamp();
        f.updatedAt = f.correctedAt;
        audit.record(actor, "finding.correct", "finding", f.id.toString(), f.villageCode, Map.of("note", f.correctionNote));
        return f;
    }

    /** The inspectors accept the correction (the finding is closed) or send it back (open again). */
    @Transactional
    public Finding verify(UUID id, int expectedVersion, Boolean accepted, String note, Actor actor) {
        Finding f = locked(id, expectedVersion);
        if (f.status != Finding.Status.CORRECTED) {
            throw new Conflict("finding-not-corrected", id, f.status);
        }
        if (accepted == null) {
            throw new InvalidInput("invalid-inspection", new Violation("accepted", "required", null));
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("invalid-inspection", new Violation("note", "max-length", note.length(), 2000));
        }
        OffsetDateTime now = Now.timestamp();
        f.verificationNote = note == null || note.isBlank() ? null : note.trim();
        f.status = accepted ? Finding.Status.CLOSED : Finding.Status.OPEN;
        f.closedAt = accepted ? now : null;
        f.updatedAt = now;
        if (accepted) {
            Inspection i = get(f.inspectionId);
            outbox.append(new InspectionEvent(InspectionEvent.CORRECTION_CLOSED, i.id, f.id, i.caseId, i.villageCode, i.townshipCode,
                    i.kind.name(), i.inspectedOn, null, f.severity.name(), f.correctionDeadline, calendar.today()));
        }
        audit.record(actor, accepted ? "finding.close" : "finding.reopen", "finding", f.id.toString(), f.villageCode,
                Map.of("note", f.verificationNote == null ? "" : f.verificationNote));
        return f;
    }

    private Finding locked(UUID id, int expectedVersion) {
        Finding f = em.find(Finding.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFound("finding", id.toString());
        }
        f.requireVersion(expectedVersion, "finding", id.toString());
        return f;
    }
}
