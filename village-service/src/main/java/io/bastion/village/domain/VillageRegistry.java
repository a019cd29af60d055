package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.VillageRemoved;
import io.bastion.village.events.VillageStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register of villages. Every change is one transaction that also writes its audit entry, its
 * event into the outbox and its place in the changes feed, so none of them can exist without the
 * others.
 */
@ApplicationScoped
public class VillageRegistry {

    public static final String INVALID = "invalid-village";

    @Inject
    EntityManager em;

    @Inject
    VillageChanges changes;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CaseRegistry cases;

    public Optional<Village> find(String code) {
        return Optional.ofNullable(em.find(Village.class, code)).filter(v -> !v.removed);
    }

    public Village get(String code) {
        return find(code).orElseThrow(() -> new NotFound("village", code));
    }

    /** Registers a new village, or brings back one that was removed. */
    @Transactional
    public Village register(VillageDraft draft, Actor actor) {
        validate(draft);
        Village village = em.find(Village.class, draft.code());
        boolean revived = village != null;
        if (revived && !village.removed) {
            throw new Conflict("village-exists", draft.code());
        }
        // The feed number first: its query flushes, and a village changed before it would be versioned twice.
        long changeSeq = changes.next();
        OffsetDateTime now = Now.timestamp();
        if (!revived) {
            village = new Village();
            village.code = draft.code();
            village.townshipCode = townshipOf(draft.code());
            village.createdAt = now;
        }
        village.removed = false;
        village.apply(draft);
        village.updatedAt = now;
        village.changeSeq = changeSeq;
        if (!revived) {
            em.persist(village);
        }
        em.flush();
        outbox.append(VillageStateChanged.registered(village));
        audit.record(actor, revived ? "village.reregister" : "village.register", "village", village.code, village.code, draft);
        return village;
    }

    /**
     * Replaces what the registry keeps of a village, provided the caller saw its latest version; a
     * draft that changes nothing changes nothing (no new version, no event).
     */
    @Transactional
    public Village revise(String code, int expectedVersion, VillageDraft draft, Actor actor) {
        Village village = get(code);
        village.requireVersion(expectedVersion, "village", code);
        if (!code.equals(draft.code())) {
            throw new InvalidInput(INVALID, new Violation("code", "immutable", draft.code(), code));
        }
        validate(draft);
        if (village.matches(draft)) {
            return village;
        }
        long changeSeq = changes.next();
        village.apply(draft);
        village.updatedAt = Now.timestamp();
        village.changeSeq = changeSeq;
        em.flush();
        outbox.append(VillageStateChanged.updated(village));
        audit.record(actor, "village.revise", "village", code, code, draft);
        return village;
    }

    /** Takes a village off the register; it stays as a tombstone in the changes feed. */
    @Transactional
    public void remove(String code, int expectedVersion, Actor actor) {
        Village village = get(code);
        village.requireVersion(expectedVersion, "village", code);
        if (cases.hasCases(code)) {
            throw new Conflict("village-has-cases", code);
        }
        long changeSeq = changes.next();
        village.removed = true;
        village.updatedAt = Now.timestamp();
        village.changeSeq = changeSeq;
        em.flush();
        outbox.append(new VillageRemoved(code, village.version));
        audit.record(actor, "village.remove", "village", code, code, Map.of("version", expectedVersion));
    }

    /**
     * The village's latest case changed (opened, regraded, moved): the village goes to the end of the
     * changes feed, which shows that case's state, while its own version (the register entry's ETag)
     * stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseChanged(String code) {
        long changeSeq = changes.next();
        em.createNativeQuery("update village set change_seq = ?1 where code = ?2")
                .setParameter(1, changeSeq).setParameter(2, code).executeUpdate();
    }

    /** One page in code order, and whether more follow. */
    public List<Village> list(VillageQuery query) {
        StringBuilder jpql = new StringBuilder("from Village v where v.removed = false");
        List<Object[]> parameters = new ArrayList<>();
        if (query.township() != null) {
            jpql.append(" and v.townshipCode = :township");
            parameters.add(new Object[]{"township", query.township() + "000"});
        }
        if (query.text() != null && !query.text().isBlank()) {
            jpql.append(" and (lower(v.name) like :text escape '!' or v.code like :text escape '!')");
            parameters.add(new Object[]{"text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%"});
        }
        if (query.filtersByCase()) {
            jpql.append(" and exists (select 1 from RectificationCase c where c.villageCode = v.code");
            if (query.status() != null) {
                jpql.append(" and c.status = :status");
                parameters.add(new Object[]{"status", query.status()});
            }
            if (query.grade() != null) {
                jpql.append(" and c.grade = :grade");
                parameters.add(new Object[]{"grade", query.grade()});
            }
            if (query.category() != null) {
                jpql.append(" and array_contains(c.categories, :category)");
                parameters.add(new Object[]{"category", query.category()});
            }
            if (query.campaignYear() != null) {
                jpql.append(" and c.campaignYear = :year");
                parameters.add(new Object[]{"year", query.campaignYear()});
            }
            jpql.append(")");
        }
        if (query.after() != null) {
            jpql.append(" and v.code > :after");
            parameters.add(new Object[]{"after", query.after()});
        }
        jpql.append(" order by v.code");
        TypedQuery<Village> q = em.createQuery(jpql.toString(), Village.class);
        parameters.forEach(p -> q.setParameter((String) p[0], p[1]));
        return q.setMaxResults(query.limit()).getResultList();
    }

    /** Changes after feed position {@code since}, in commit order, tombstones included. */
    public List<Village> changesSince(long since, int limit) {
        return em.createQuery("from Village v where v.changeSeq > :since order by v.changeSeq", Village.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    private void validate(VillageDraft draft) {
        List<Violation> violations = new ArrayList<>(draft.violations());
        if (violations.stream().noneMatch(v -> v.field().equals("code"))
                && em.find(Division.class, townshipOf(draft.code())) == null) {
            violations.add(new Violation("code", "parent-exists", draft.code(), townshipOf(draft.code())));
        }
        if (!violations.isEmpty()) {
            throw DivisionCode.rejection(violations, INVALID);
        }
    }

    private static String townshipOf(String villageCode) {
        return villageCode.substring(0, 9) + "000";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
