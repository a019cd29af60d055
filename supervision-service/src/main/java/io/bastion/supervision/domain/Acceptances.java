package io.bastion.supervision.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.bastion.supervision.events.AcceptanceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Acceptance (盘点验收): a rectifying case asks for it, inspectors score it, and it passes or fails. */
@ApplicationScoped
public class Acceptances {

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    CaseFiles cases;

    @Inject
    Checklist checklist;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    Notifications notifications;

    public Acceptance get(UUID id) {
        Acceptance a = em.find(Acceptance.class, id);
        if (a == null) {
            throw new NotFound("acceptance", id.toString());
        }
        return a;
    }

    public List<Acceptance> ofCase(UUID caseId) {
        return em.createQuery("from Acceptance where caseId = :c order by round", Acceptance.class).setParameter("c", caseId).getResultList();
    }

    /** A rectifying case asks for acceptance; village-service moves it to ACCEPTANCE. */
    @Transactional
    public Acceptance request(UUID caseId, String note, Actor actor) {
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("invalid-acceptance", new Violation("note", "max-length", note.length(), 2000));
        }
        CaseFile c = cases.locked(caseId);
        if (!"RECTIFYING".equals(c.status)) {
            throw new Conflict("not-rectifying", c.villageName, c.status);
        }
        List<Acceptance> earlier = ofCase(caseId);
        earlier.stream().filter(a -> a.status == Acceptance.Status.REQUESTED).findFirst().ifPresent(open -> {
            throw new Conflict("acceptance-open", caseId, open.id);
        });
        OffsetDateTime now = Now.timestamp();
        Acceptance a = new Acceptance();
        a.id = UUID.randomUUID();
        a.caseId = c.caseId;
        a.villageCode = c.villageCode;
        a.townshipCode = c.townshipCode;
        a.round = earlier.size() + 1;
        a.status = Acceptance.Status.REQUESTED;
        a.requestNote = note == null || note.isBlank() ? null : note.trim();
        a.requestedBy = actor.name();
        a.requestedAt = now;
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        outbox.append(AcceptanceChanged.requested(a));
        audit.record(actor, "acceptance.request", "acceptance", a.id.toString(), a.villageCode, Map.of("caseId", caseId.toString()));
        return a;
    }

    /**
     * The inspectors' checklist scores and survey decide it: passed (village-service moves the case to
     * CONSOLIDATING) or failed with a new deadline (back to RECTIFYING).
     */
    @Transactional
    public Acceptance assess(UUID id, int expectedVersion, AssessmentDraft draft, Actor actor) {
        Acceptance a = em.find(Acceptance.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFound("acceptance", id.toString());
        }
        a.requireVersion(expectedVersion, "acceptance", id.toString());
        if (a.status != Acceptance.Status.REQUESTED) {
            throw new Conflict("acceptance-assessed", id, a.status);
        }
        List<Violation> v = draft.violations(checklist.items(a.villageCode.substring(0, 6)), calendar.today());
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-assessment", v);
        }
        OffsetDateTime now = Now.timestamp();
        a.scores = write(draft.scores());
        a.score = draft.total();
        a.partyMembersRespondents = draft.partyMembers().respondents();
        a.partyMembersDissatisfied = draft.partyMembers().dissatisfied();
        a.representativesRespondents = draft.representatives().respondents();
        a.representativesDissatisfied = draft.representatives().dissatisfied();
        a.newDeadline = draft.newDeadline();
        a.assessmentNote = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        a.status = draft.passes() ? Acceptance.Status.PASSED : Acceptance.Status.FAILED;
        a.assessedBy = actor.name();
        a.assessedAt = now;
        a.updatedAt = now;
        em.flush();
        facts.record("acceptance", a.id.toString(), List.of(Fact.once(a.status == Acceptance.Status.PASSED ? Figure.ACCEPTANCES_PASSED
                : Figure.ACCEPTANCES_FAILED, a.id.toString(), a.villageCode, a.townshipCode, calendar.day(now), null)));
        outbox.append(AcceptanceChanged.assessed(a));
        String villageName = cases.get(a.caseId).villageName;
        notifications.notify(Notifications.TOWNSHIP_OPERATOR, a.townshipCode, a.status == Acceptance.Status.PASSED ? "acceptance-passed"
                : "acceptance-failed", a.villageCode, a.id.toString(), a.status == Acceptance.Status.PASSED
                ? List.of(villageName, a.score.toPlainString()) : List.of(villageName, a.score.toPlainString(), a.newDeadline.toString()));
        audit.record(actor, "acceptance.assess", "acceptance", a.id.toString(), a.villageCode, draft);
        return a;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores not serialisable", e);
        }
    }
}
