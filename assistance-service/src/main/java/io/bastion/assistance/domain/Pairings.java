package io.bastion.assistance.domain;

import io.bastion.assistance.events.PairingCarriedOver;
import io.bastion.assistance.events.PairingCreated;
import io.bastion.assistance.events.PairingEnded;
import io.bastion.assistance.events.PairingHandedOver;
import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.security.PairedVillages;
import io.bastion.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pairing cases with county leaders and units: one leader contact per case, help in its forms, no
 * unpairing before the case is transformed, and handovers that never leave a case uncovered.
 */
@ApplicationScoped
public class Pairings implements PairedVillages {

    @Inject
    EntityManager em;

    @Inject
    CaseFiles cases;

    @Inject
    Partners partners;

    @Inject
    AssistanceCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public Pairing get(UUID id) {
        return Optional.ofNullable(em.find(Pairing.class, id)).orElseThrow(() -> new NotFound("pairing", id.toString()));
    }

    /** The villages the account is actively paired with: what a leader's or unit's scope is. */
    @Override
    public String query() {
        return "select distinct village_code from pairing where partner_account = ? and active";
    }

    /** Every pairing of these cases, in one query, by case. */
    public Map<UUID, List<Pairing>> ofCases(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Pairing where caseId in :c order by createdAt, id", Pairing.class).setParameter("c", caseIds)
                .getResultStream().collect(Collectors.groupingBy(p -> p.caseId));
    }

    public List<Pairing> ofCase(UUID caseId) {
        return em.createQuery("from Pairing where caseId = :c order by createdAt, id", Pairing.class).setParameter("c", caseId).getResultList();
    }

    public List<Pairing> list(PairingQuery q) {
        StringBuilder jpql = new StringBuilder("from Pairing p where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        where(jpql, parameters, "p.townshipCode", "township", q.township());
        where(jpql, parameters, "p.caseId", "case", q.caseId());
        where(jpql, parameters, "p.form", "form", q.form());
        where(jpql, parameters, "p.leaderId", "leader", q.leaderId());
        where(jpql, parameters, "p.unitId", "unit", q.unitId());
        where(jpql, parameters, "p.active", "active", q.active());
        if (q.after() != null) {
            jpql.append(" and (p.villageCode > :afterCode or (p.villageCode = :afterCode and p.id > :afterId))");
            parameters.put("afterCode", q.after().sort());
            parameters.put("afterId", q.after().id());
        }
        var query = em.createQuery(jpql + " order by p.villageCode, p.id", Pairing.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(q.limit()).getResultList();
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String field, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(field).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    @Transactional
    public Pairing pair(PairingDraft draft, Actor actor) {
        List<Violation> v = new ArrayList<>();
        if (draft.caseId() == null) {
            v.add(new Violation("caseId", "required", null));
        }
        PairingForm form = PairingDraft.form(draft.form(), v);
        if (form != null) {
            v.addAll(draft.partnerViolations(form, calendar.today()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-pairing", v);
        }
        CaseFile c = cases.locked(draft.caseId());
        if (!Transformation.takesNewPairings(c.status)) {
            throw new Conflict("case-closed", c.caseId, c.status);
        }
        Pairing p = start(c, form, draft, actor);
        em.flush();
        outbox.append(PairingCreated.of(p));
        audit.record(actor, "pairing.create", "pairing", p.id.toString(), p.villageCode, draft);
        return p;
    }

    /**
     * Ends a pairing, only once its case is transformed (CONSOLIDATING or WRITTEN_OFF): before that
     * the partner stays, or hands over to another.
     */
    @Transactional
    public Pairing end(UUID id, int expectedVersion, String reason, Actor actor) {
        Pairing p = active(id, expectedVersion);
        CaseFile c = cases.locked(p.caseId);
        if (!Transformation.allowsUnpairing(c.status)) {
            throw new Conflict("not-transformed", c.villageName, c.status);
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidInput("invalid-pairing", new Violation("reason", "max-length", reason.length(), 2000));
        }
        close(p, reason == null || reason.isBlank() ? "转化完成" : reason.trim());
        em.flush();
        outbox.append(PairingEnded.of(p));
        audit.record(actor, "pairing.end", "pairing", p.id.toString(), p.villageCode, Map.of("reason", p.endReason));
        return p;
    }

    /**
     * Hands a pairing over to a new leader or unit, whatever the case's status: the old one ends and
     * the new one starts in one transaction, so the case is never without its partner.
     */
    @Transactional
    public Pairing handOver(UUID id, int expectedVersion, PairingDraft draft, Actor actor) {
        Pairing old = active(id, expectedVersion);
        List<Violation> v = new ArrayList<>(draft.partnerViolations(old.form, calendar.today()));
        if (draft.reason() == null || draft.reason().isBlank()) {
            v.add(new Violation("reason", "required", null));
        }
        if (draft.caseId() != null && !draft.caseId().equals(old.caseId)) {
            v.add(new Violation("caseId", "immutable", draft.caseId().toString(), old.caseId));
        }
        if (draft.form() != null && !draft.form().equals(old.form.name())) {
            v.add(new Violation("form", "immutable", draft.form(), old.form.name()));
        }
        if (old.form.byLeader() ? old.leaderId.equals(draft.leaderId()) : old.unitId.equals(draft.unitId())) {
            v.add(new Violation(old.form.byLeader() ? "leaderId" : "unitId", "different-partner", null));
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-pairing", v);
        }
        CaseFile c = cases.locked(old.caseId);
        if (!Transformation.takesNewPairings(c.status)) {
            throw new Conflict("case-closed", c.caseId, c.status);
        }
        close(old, draft.reason().trim());
        // The old contact must be gone before the new one exists: one active contact per case.
        em.flush();
        Pairing next = start(c, old.form, draft, actor);
        old.handedOverTo = next.id;
        em.flush();
        outbox.append(PairingHandedOver.of(old, next));
        audit.record(actor, "pairing.hand-over", "pairing", old.id.toString(), old.villageCode, draft);
        return next;
    }

    /**
     * A relapse opened a new case for the village: whoever was still helping it goes on with the new
     * case (不脱钩). Each active pairing moves to it as it is, so the village is not left uncovered,
     * nobody pairs it again, and a partner is not counted twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryOver(UUID previousCaseId, UUID caseId, Actor actor) {
        List<Pairing> active = em.createQuery("from Pairing where caseId = :c and active = true order by createdAt, id", Pairing.class)
                .setParameter("c", previousCaseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Pairing p : active) {
            p.caseId = caseId;
            p.updatedAt = Now.timestamp();
            em.flush();
            outbox.append(PairingCarriedOver.of(p, previousCaseId));
            audit.record(actor, "pairing.carry-over", "pairing", p.id.toString(), p.villageCode,
                    Map.of("previousCaseId", previousCaseId, "caseId", caseId));
        }
    }

    private Pairing start(CaseFile c, PairingForm form, PairingDraft draft, Actor actor) {
        Pairing p = new Pairing();
        p.id = UUID.randomUUID();
        p.caseId = c.caseId;
        p.villageCode = c.villageCode;
        p.townshipCode = c.townshipCode;
        p.form = form;
        if (form.byLeader()) {
            Leader leader = partners.leader(draft.leaderId());
            requireSameCounty(c, "leaderId", leader.division);
            Optional<Pairing> contact = contactOf(c.caseId);
            if (contact.isPresent()) {
                throw new Conflict("contact-exists", c.caseId, contact.get().id);
            }
            p.leaderId = leader.id;
            p.partnerAccount = leader.account;
            p.envoys = new UUID[0];
        } else {
            Unit unit = partners.unit(draft.unitId());
            requireSameCounty(c, "unitId", unit.division);
            for (UUID envoy : draft.envoyList()) {
                if (!partners.envoy(envoy).unitId.equals(unit.id)) {
                    throw new InvalidInput("invalid-pairing", new Violation("envoys", "envoy-of-unit", envoy.toString(), unit.name));
                }
            }
            boolean twice = !em.createQuery("select p.id from Pairing p where p.caseId = :c and p.unitId = :u and p.form = :f"
                            + " and p.active = true", UUID.class)
                    .setParameter("c", c.caseId).setParameter("u", unit.id).setParameter("f", form).getResultList().isEmpty();
            if (twice) {
                throw new Conflict("pairing-exists", unit.name, form, c.villageName);
            }
            p.unitId = unit.id;
            p.partnerAccount = unit.account;
            p.envoys = draft.envoyList().toArray(UUID[]::new);
        }
        p.jointBranchSecretary = draft.jointBranch();
        p.startedOn = draft.startedOn() == null ? calendar.today() : draft.startedOn();
        p.active = true;
        p.createdAt = Now.timestamp();
        p.updatedAt = p.createdAt;
        p.persist();
        return p;
    }

    /** A county's leaders and units help its own villages. */
    private static void requireSameCounty(CaseFile c, String field, String county) {
        if (!c.villageCode.startsWith(county)) {
            throw new InvalidInput("invalid-pairing", new Violation(field, "partner-of-county", county, c.villageCode.substring(0, 6)));
        }
    }

    private Optional<Pairing> contactOf(UUID caseId) {
        return em.createQuery("from Pairing where caseId = :c and form = :f and active = true", Pairing.class)
                .setParameter("c", caseId).setParameter("f", PairingForm.COUNTY_LEADER_CONTACT).getResultStream().findFirst();
    }

    private Pairing active(UUID id, int expectedVersion) {
        Pairing p = Optional.ofNullable(em.find(Pairing.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("pairing", id.toString()));
        p.requireVersion(expectedVersion, "pairing", id.toString());
        if (!p.active) {
            throw new Conflict("pairing-ended", id, p.endedOn);
        }
        return p;
    }

    private void close(Pairing p, String reason) {
        OffsetDateTime now = Now.timestamp();
        LocalDate today = calendar.today();
        p.active = false;
        p.endedOn = today.isBefore(p.startedOn) ? p.startedOn : today;
        p.endReason = reason;
        p.updatedAt = now;
    }
}
