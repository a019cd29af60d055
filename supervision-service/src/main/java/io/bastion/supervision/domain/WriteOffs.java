package io.bastion.supervision.domain;

import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.CaseWrittenOff;
import io.bastion.supervision.events.RelapseFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The end of a case's road (盘点销号): written off after its consolidation, then visited again a
 * year on (回头看); a relapse found then reopens it in village-service as a new, linked case.
 */
@ApplicationScoped
public class WriteOffs {

    /** What a follow-up visit found. */
    public record FollowUpResult(LocalDate visitedOn, Boolean relapsed, List<String> categories, String basis, String note) {
    }

    @Inject
    EntityManager em;

    @Inject
    CaseFiles cases;

    @Inject
    Acceptances acceptances;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public FollowUp followUp(UUID id) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw new NotFound("follow-up", id.toString());
        }
        return f;
    }

    public List<FollowUp> followUpsOf(UUID caseId) {
        return em.createQuery("from FollowUp where caseId = :c order by createdAt", FollowUp.class).setParameter("c", caseId).getResultList();
    }

    /** Strikes a consolidated case off once its consolidation period has passed, and schedules the follow-up visit. */
    @Transactional
    public FollowUp writeOff(UUID caseId, String note, Actor actor) {
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("invalid-write-off", new Violation("note", "max-length", note.length(), 2000));
        }
        CaseFile c = cases.locked(caseId);
        if (!"CONSOLIDATING".equals(c.status)) {
            throw new Conflict("not-consolidating", c.villageName, c.status);
        }
        LocalDate passedOn = acceptances.ofCase(caseId).stream().filter(a -> a.status == Acceptance.Status.PASSED)
                .map(a -> a.assessedAt.atZoneSameInstant(calendar.zone()).toLocalDate()).max(LocalDate::compareTo)
                .orElseThrow(() -> new Conflict("not-consolidating", c.villageName, c.status));
        LocalDate from = calendar.writeOffFrom(passedOn);
        LocalDate today = calendar.today();
        if (today.isBefore(from)) {
            throw new Conflict("consolidation-not-over", c.villageName, passedOn, from);
        }
        OffsetDateTime now = Now.timestamp();
        WriteOff w = new WriteOff();
        w.id = UUID.randomUUID();
        w.caseId = caseId;
        w.villageCode = c.villageCode;
        w.note = note == null || note.isBlank() ? null : note.trim();
        w.writtenBy = actor.name();
        w.writtenAt = now;
        w.persist();
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.caseId = caseId;
        f.villageCode = c.villageCode;
        f.dueOn = calendar.followUpDue(today);
        f.status = FollowUp.Status.SCHEDULED;
        f.createdAt = now;
        f.updatedAt = now;
        f.persist();
        outbox.append(CaseWrittenOff.of(w, f));
        audit.record(actor, "case.write-off", "case", caseId.toString(), w.villageCode,
                Map.of("note", w.note == null ? "" : w.note));
        return f;
    }

    /** Records a follow-up visit; a relapse found is reported to village-service, which opens a new case. */
    @Transactional
    public FollowUp record(UUID id, int expectedVersion, FollowUpResult result, Actor actor) {
        FollowUp f = em.find(FollowUp.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFound("follow-up", id.toString());
        }
        f.requireVersion(expectedVersion, "follow-up", id.toString());
        if (f.status != FollowUp.Status.SCHEDULED) {
            throw new Conflict("follow-up-recorded", id, f.visitedOn);
        }
        List<Violation> v = violations(result, calendar.today());
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-follow-up", v);
        }
        f.status = FollowUp.Status.DONE;
        f.visitedOn = result.visitedOn();
        f.relapsed = result.relapsed();
        f.categories = result.relapsed() ? result.categories().toArray(String[]::new) : null;
        f.basis = result.basis() == null || result.basis().isBlank() ? null : result.basis().trim();
        f.note = result.note() == null || result.note().isBlank() ? null : result.note().trim();
        f.recordedBy = actor.name();
        f.recordedAt = Now.timestamp();
        f.updatedAt = f.recordedAt;
        em.flush();
        if (f.relapsed) {
            outbox.append(RelapseFound.of(f));
        }
        audit.record(actor, "follow-up.record", "follow-up", f.id.toString(), f.villageCode, result);
        return f;
    }

    static List<Violation> violations(FollowUpResult r, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (r.visitedOn() == null) {
            v.add(new Violation("visitedOn", "required", null));
        } else if (r.visitedOn().isAfter(today)) {
            v.add(new Violation("visitedOn", "not-in-the-future", r.visitedOn().toString()));
        }
        if (r.relapsed() == null) {
            v.add(new Violation("relapsed", "required", null));
            return v;
        }
        if (r.relapsed()) {
            if (r.categories() == null || r.categories().isEmpty()) {
                v.add(new Violation("categories", "required-when-relapsed", null));
            } else if (new HashSet<>(r.categories()).size() != r.categories().size()
                    || r.categories().stream().anyMatch(c -> c == null || !c.matches("[A-Z][A-Z0-9_]{1,39}"))) {
                v.add(new Violation("categories", "category-codes", r.categories().toString()));
            }
            if (r.basis() == null || r.basis().isBlank()) {
                v.add(new Violation("basis", "required-when-relapsed", null));
            }
        } else if (r.categories() != null && !r.categories().isEmpty()) {
            v.add(new Violation("categories", "only-when-relapsed", r.categories().size()));
        }
        if (r.basis() != null && r.basis().length() > 2000) {
            v.add(new Violation("basis", "max-length", r.basis().length(), 2000));
        }
        if (r.note() != null && r.note().length() > 4000) {
            v.add(new Violation("note", "max-length", r.note().length(), 4000));
        }
        return v;
    }
}
