package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.DivisionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Counties and townships: the parents every village code must have. */
@ApplicationScoped
public class DivisionRegistry {

    public static final String INVALID = "invalid-division";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    EventOutbox outbox;

    public Optional<Division> find(String code) {
        return Optional.ofNullable(em.find(Division.class, code));
    }

    public Division get(String code) {
        return find(code).orElseThrow(() -> new NotFound("division", code));
    }

    @Transactional
    public Division register(DivisionDraft draft, Actor actor) {
        List<Violation> violations = new ArrayList<>(draft.violations());
        DivisionCode code = violations.stream().anyMatch(v -> v.field().equals("code")) ? null : new DivisionCode(draft.code());
        Optional<DivisionCode> parent = code == null ? Optional.empty() : code.parent();
        if (parent.isPresent() && find(parent.get().value()).isEmpty()) {
            violations.add(new Violation("code", "parent-exists", draft.code(), parent.get().value()));
        }
        if (!violations.isEmpty()) {
            throw DivisionCode.rejection(violations, INVALID);
        }
        if (find(draft.code()).isPresent()) {
            throw new Conflict("division-exists", draft.code());
        }
        Division division = create(code, draft.name());
        audit.record(actor, "division.register", "division", division.code, division.prefix(), draft);
        return division;
    }

    /** Persists a division whose code is valid and whose parent (if any) exists, and announces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    Division create(DivisionCode code, String name) {
        Division division = new Division();
        division.code = code.value();
        division.level = code.level();
        division.name = name.trim();
        division.parentCode = code.parent().map(DivisionCode::value).orElse(null);
        division.createdAt = Now.timestamp();
        division.updatedAt = division.createdAt;
        em.persist(division);
        em.flush();
        outbox.append(DivisionChanged.of(division));
        return division;
    }

    /** A division's new name, announced with the version it makes. */
    @Transactional(Transactional.TxType.MANDATORY)
    void rename(Division division, String name) {
        division.name = name.trim();
        division.updatedAt = Now.timestamp();
        em.flush();
        outbox.append(DivisionChanged.of(division));
    }

    /**
     * The divisions under a parent (or the counties, for none), in code order after {@code after}: of
     * those the caller reads, which is every division of its own county and those above it.
     */
    public List<Division> list(String parentCode, String after, int limit) {
        String jpql = "from Division d where "
                + (parentCode == null ? "d.parentCode is null" : "d.parentCode = :parent")
                + (after == null ? "" : " and d.code > :after")
                + " order by d.code";
        var query = em.createQuery(jpql, Division.class);
        if (parentCode != null) {
            query.setParameter("parent", parentCode);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
