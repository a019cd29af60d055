package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.CaseIdentified;
import io.bastion.village.events.CaseStatusChanged;
import io.bastion.village.events.CaseUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Cases from identification to write-off. Each change is one transaction that also keeps its
 * transition in the case's history, its event in the outbox and its audit entry.
 */
@ApplicationScoped
public class CaseRegistry {

    public static final String INVALID = "invalid-case";

    @Inject
    EntityManager em;

    @Inject
    VillageRegistry villages;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CategoryCatalogue categories;


    public RectificationCase get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("case", id.toString()));
    }

    public Optional<RectificationCase> find(UUID id) {
        return Optional.ofNullable(em.find(RectificationCase.class, id));
    }

    /** The codes a case of {@code year} may name: the national list and the village's county's own for that year. */
    private Set<String> catalogue(int year, String villageCode) {
        Set<String> codes = new HashSet<>();
        String county = villageCode == null || villageCode.length() < 6 ? "" : villageCode.substring(0, 6);
        categories.of(year, county).forEach(c -> codes.add(c.code));
        return codes;
    }

    @Transactional
    public RectificationCase open(CaseDraft draft, Actor actor) {
        return open(draft, null, actor, Trigger.COMMAND, "identified");
    }

    private RectificationCase open(CaseDraft draft, UUID previousCaseId, Actor actor, Trigger trigger, String reason) {
        List<Violation> violations = new ArrayList<>(draft.violations(
                draft.campaignYear() == null ? Set.of() : catalogue(draft.campaignYear(), draft.villageCode()),
                Now.today()));
        Grading.check(actor, trigger, KeyContactGrade.NONE, draft.grade());
        Optional<Village> village = violations.stream().anyMatch(v -> v.field().equals("villageCode"))
                ? Optional.empty() : villages.find(draft.villageCode());
        if (village.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("villageCode"))) {
            violations.add(new Violation("villageCode", "registered", draft.villageCode()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
        openCaseOf(draft.villageCode()).ifPresent(open -> {
            throw new Conflict("open-case-exists", draft.villageCode(), open.id, open.status);
        });
        RectificationCase c = new RectificationCase();
        c.id = UUID.randomUUID();
        c.villageCode = draft.villageCode();
        c.campaignYear = draft.campaignYear();
        c.status = CaseStatus.IDENTIFIED;
        c.apply(draft);
        if (c.identifiedOn == null) {
            c.identifiedOn = Now.today();
        }
        c.previousCaseId = previousCaseId;
        c.createdAt = Now.timestamp();
        c.updatedAt = c.createdAt;
        em.persist(c);
        em.flush();
        log(c, null, reason, null, actor, trigger);
        outbox.append(CaseIdentified.of(c, village.get().name));
        villages.caseChanged(c.villageCode);
        audit.record(actor, "case.open", "case", c.id.toString(), c.villageCode, draft);
        return c;
    }

    /** Changes what identification recorded; the village and the campaign year stay as they were. */
    @Transactional
    public RectificationCase revise(UUID id, int expectedVersion, CaseDraft draft, Actor actor) {
        RectificationCase c = get(id);
        c.requireVersion(expectedVersion, "case", c.id.toString());
        List<Violation> violations = new ArrayList<>();
        if (!c.villageCode.equals(draft.villageCode())) {
            violations.add(new Violation("villageCode", "immutable", draft.villageCode(), c.villageCode));
        }
        boolean otherYear = draft.campaignYear() == null || c.campaignYear != draft.campaignYear();
        if (otherYear) {
            violations.add(new Violation("campaignYear", "immutable", draft.campaignYear(), c.campaignYear));
        }
        Grading.check(actor, Trigger.COMMAND, c.grade, draft.grade());
        // Judged against a year the case does not have, the day's window says nothing the refused year does not.
        violations.addAll(draft.violations(catalogue(c.campaignYear, c.villageCode), Now.today()).stream()
                .filter(v -> !v.field().equals("villageCode") && !v.field().equals("campaignYear"))
                .filter(v -> !(otherYear && v.rule().equals("in-campaign"))).toList());
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
        if (c.toDraft().equals(normalised(draft, c.identifiedOn))) {
            return c;
        }
        c.apply(draft);
        c.updatedAt = Now.timestamp();
        em.flush();
        outbox.append(CaseUpdated.of(c));
        villages.caseChanged(c.villageCode);
        audit.record(actor, "case.revise", "case", id.toString(), c.villageCode, draft);
        return c;
    }

    /**
     * Moves a case, if the lifecycle allows it. {@code expectedVersion} is null when another
     * service's event moves it; a failed acceptance needs a new deadline.
     */
    @Transactional
    public RectificationCase move(UUID id, CaseStatus to, String reason, LocalDate deadline, Actor actor, Trigger trigger) {
        RectificationCase c = get(id);
        CaseLifecycle.check(c.status, to);
        boolean failedAcceptance = c.status == CaseStatus.ACCEPTANCE && to == CaseStatus.RECTIFYING;
        if (failedAcceptance && deadline == null) {
            throw new InvalidInput(INVALID, new Violation("deadline", "required-after-failed-acceptance", null));
        }
        if (deadline != null && !deadline.isAfter(Now.today())) {
            throw new InvalidInput(INVALID, new Violation("deadline", "in-the-future", deadline.toString()));
        }
        CaseStatus from = c.status;
        c.status = to;
        if (deadline != null) {
            c.rectifyDeadline = deadline;
        }
        c.updatedAt = Now.timestamp();
        em.flush();
        CaseTransition t = log(c, from, reason, deadline, actor, trigger);
        outbox.append(CaseStatusChanged.of(c, t));
        villages.caseChanged(c.villageCode);
        audit.record(actor, "case.move", "case", id.toString(), c.villageCode, Map.of("from", from, "to", to,
                "reason", reason == null ? "" : reason));
        return c;
    }

    /**
     * A transformed village slid back: a consolidating case ends as RELAPSED (a written-off one stays
     * written off), and a new case opens for the village in the current campaign year, linked to it.
     */
    @Transactional
    public RectificationCase relapse(UUID previousId, List<String> categories, String basis, Actor actor, Trigger trigger) {
        RectificationCase previous = get(previousId);
        if (!CaseLifecycle.relapseMayBeFound(previous.status)) {
            throw new Conflict("relapse-not-possible", previousId, previous.status);
        }
        if (previous.status == CaseStatus.CONSOLIDATING) {
            move(previousId, CaseStatus.RELAPSED, "relapse found", null, actor, trigger);
        }
        CaseDraft draft = new CaseDraft(previous.villageCode, Now.today().getYear(),
                categories == null || categories.isEmpty() ? List.of(previous.categories) : categories,
                previous.otherBasis, basis, IdentificationSource.FOLLOW_UP_VISIT.name(), "relapse of case " + previousId,
                0, 0, 0, List.of(previous.hardCaseFlags), previous.grade.name(), null, null);
        return open(draft, previousId, actor, trigger, "relapse of case " + previousId);
    }

    public List<CaseTransition> history(UUID id) {
        get(id);
        return em.createQuery("from CaseTransition t where t.caseId = :id order by t.id", CaseTransition.class)
                .setParameter("id", id).getResultList();
    }

    public Optional<RectificationCase> openCaseOf(String villageCode) {
        return em.createQuery("from RectificationCase c where c.villageCode = :code and c.status in :open", RectificationCase.class)
                .setParameter("code", villageCode)
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream().findFirst();
    }

    /** Each village's latest case (by campaign year, then opening), for the villages that have one. */
    public Map<String, RectificationCase> latestOf(java.util.Collection<String> villageCodes) {
        Map<String, RectificationCase> latest = new java.util.HashMap<>();
        if (villageCodes.isEmpty()) {
            return latest;
        }
        em.createQuery("from RectificationCase c where c.villageCode in :codes order by c.campaignYear, c.createdAt",
                        RectificationCase.class)
                .setParameter("codes", villageCodes)
                .getResultList()
                .forEach(c -> latest.put(c.villageCode, c));
        return latest;
    }

    public boolean hasCases(String villageCode) {
        return !em.createQuery("select c.id from RectificationCase c where c.villageCode = :code", UUID.class)
                .setParameter("code", villageCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** One page ordered by village code, then id; see {@link CaseQuery}. */
    public List<RectificationCase> list(CaseQuery query) {
        StringBuilder sql = new StringBuilder("select * from rectification_case c where true");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (query.township() != null) {
            sql.append(" and c.village_code like :township");
            parameters.put("township", query.township() + "%");
        }
        if (query.status() != null) {
            sql.append(" and c.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.grade() != null) {
            sql.append(" and c.grade = :grade");
            parameters.put("grade", query.grade().name());
        }
        if (query.proposedGrade() != null) {
            sql.append(" and c.proposed_grade = :proposedGrade");
            parameters.put("proposedGrade", query.proposedGrade().name());
        }
        if (query.category() != null) {
            sql.append(" and :category = any(c.categories)");
            parameters.put("category", query.category());
        }
        if (query.campaignYear() != null) {
            sql.append(" and c.campaign_year = :year");
            parameters.put("year", query.campaignYear());
        }
        if (query.after() != null) {
            String[] key = query.after().split("\\|", 2);
            sql.append(" and (c.village_code, c.id) > (:afterCode, cast(:afterId as uuid))");
            parameters.put("afterCode", key[0]);
            parameters.put("afterId", key.length > 1 ? key[1] : "00000000-0000-0000-0000-000000000000");
        }
        sql.append(" order by c.village_code, c.id");
        @SuppressWarnings("unchecked")
        TypedQuery<RectificationCase> q = (TypedQuery<RectificationCase>) em.createNativeQuery(sql.toString(), RectificationCase.class);
        parameters.forEach(q::setParameter);
        return q.setMaxResults(query.limit()).getResultList();
    }

    private CaseTransition log(RectificationCase c, CaseStatus from, String reason, LocalDate deadline, Actor actor, Trigger trigger) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.from = from;
        t.to = c.status;
        t.at = Now.timestamp();
        t.actor = actor.name();
        t.reason = reason;
        t.deadline = deadline;
        t.triggerEventId = trigger.eventId();
        t.triggerEventType = trigger.eventType();
        em.persist(t);
        return t;
    }

    /** The draft as the case would keep it; an absent day keeps {@code identifiedOn}. */
    private static CaseDraft normalised(CaseDraft d, LocalDate identifiedOn) {
        return new CaseDraft(d.villageCode(), d.campaignYear(), d.categories(), blankToNull(d.otherBasis()), d.basis().trim(),
                d.source(), blankToNull(d.sourceDetail()), zero(d.talksHeld()), zero(d.suggestionsCollected()),
                zero(d.questionnaires()), d.hardCaseFlags() == null ? List.of() : d.hardCaseFlags(),
                d.grade() == null ? KeyContactGrade.NONE.name() : d.grade(), d.proposedGrade(),
                d.identifiedOn() == null ? identifiedOn : d.identifiedOn());
    }

    private static Integer zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
