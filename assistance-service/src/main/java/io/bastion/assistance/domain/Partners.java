package io.bastion.assistance.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The registries: county leaders, helping units and the people units send. */
@ApplicationScoped
public class Partners {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Leader leader(UUID id) {
        return Optional.ofNullable(em.find(Leader.class, id)).orElseThrow(() -> new NotFound("leader", id.toString()));
    }

    public Unit unit(UUID id) {
        return Optional.ofNullable(em.find(Unit.class, id)).orElseThrow(() -> new NotFound("unit", id.toString()));
    }

    public Envoy envoy(UUID id) {
        return Optional.ofNullable(em.find(Envoy.class, id)).orElseThrow(() -> new NotFound("envoy", id.toString()));
    }

    /** The leader signing in with this account, in the county the caller reaches (the account may serve in another too). */
    public Optional<Leader> leaderOf(String account) {
        return em.createQuery("from Leader where account = :a", Leader.class).setParameter("a", account).getResultStream().findFirst();
    }

    public Optional<Unit> unitOf(String account) {
        return em.createQuery("from Unit where account = :a", Unit.class).setParameter("a", account).getResultStream().findFirst();
    }

    public List<Leader> leaders(UUID after, int limit) {
        return em.createQuery("from Leader where (:after is null or id > :after) order by id", Leader.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public List<Unit> units(UnitKind kind, UUID after, int limit) {
        return em.createQuery("from Unit where (:kind is null or kind = :kind) and (:after is null or id > :after) order by id", Unit.class)
                .setParameter("kind", kind).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    public List<Envoy> envoys(UUID unitId) {
        return em.createQuery("from Envoy where unitId = :u order by name, id", Envoy.class).setParameter("u", unitId).getResultList();
    }

    @Transactional
    public Leader registerLeader(PartnerDraft draft, Actor actor) {
        validate(draft, false);
        Leader leader = new Leader();
        leader.id = UUID.randomUUID();
        leader.account = draft.account();
        leader.division = actor.county();
        leader.name = draft.name().trim();
        leader.post = draft.post().trim();
        leader.createdAt = Now.timestamp();
        leader.updatedAt = leader.createdAt;
        leader.persist();
        audit.record(actor, "leader.register", "leader", leader.id.toString(), leader.division, draft);
        return leader;
    }

    @Transactional
    public Unit registerUnit(PartnerDraft draft, Actor actor) {
        validate(draft, true);
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.account = draft.account();
        unit.division = actor.county();
        unit.name = draft.name().trim();
        unit.kind = UnitKind.valueOf(draft.kind());
        unit.createdAt = Now.timestamp();
        unit.updatedAt = unit.createdAt;
        unit.persist();
        audit.record(actor, "unit.register", "unit", unit.id.toString(), unit.division, draft);
        return unit;
    }

    @Transactional
    public Envoy registerEnvoy(UUID unitId, EnvoyDraft draft, Actor actor) {
        Unit unit = unit(unitId);
        List<Violation> violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInput("invalid-partner", violations);
        }
        EnvoyDraft clean = draft.normalized();
        Envoy envoy = new Envoy();
        envoy.id = UUID.randomUUID();
        envoy.unitId = unitId;
        envoy.name = clean.name();
        envoy.post = clean.post();
        envoy.phone = clean.phone();
        envoy.createdAt = Now.timestamp();
        envoy.updatedAt = envoy.createdAt;
        envoy.persist();
        // The audit keeps who was registered, not their phone.
        audit.record(actor, "envoy.register", "envoy", envoy.id.toString(), unit.division,
                Map.of("unitId", unitId.toString(), "name", envoy.name));
        return envoy;
    }

    private void validate(PartnerDraft draft, boolean unit) {
        List<Violation> violations = draft.violations(unit);
        if (!violations.isEmpty()) {
            throw new InvalidInput("invalid-partner", violations);
        }
        if (leaderOf(draft.account()).isPresent() || unitOf(draft.account()).isPresent()) {
            throw new Conflict("account-taken", draft.account());
        }
    }
}
