package io.bastion.assistance.domain;

import io.bastion.assistance.events.HelpRecorded;
import io.bastion.assistance.events.HelpVoided;
import io.bastion.cases.CaseFile;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The record of help given, and its totals per village, township or unit. */
@ApplicationScoped
public class HelpBook {

    /** How help is summed up. */
    public enum By { VILLAGE, TOWNSHIP, UNIT }

    @Inject
    EntityManager em;

    @Inject
    Partners partners;

    @Inject
    AssistanceCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public HelpRecord get(UUID id) {
        HelpRecord h = em.find(HelpRecord.class, id);
        if (h == null) {
            throw new NotFound("help", id.toString());
        }
        return h;
    }

    @Transactional
    public HelpRecord record(HelpDraft draft, Actor actor) {
        mayRecord(actor, draft);
        validate(draft);
        HelpRecord h = new HelpRecord();
        h.id = UUID.randomUUID();
        h.apply(draft);
        h.recordedBy = actor.name();
        h.createdAt = Now.timestamp();
        h.updatedAt = h.createdAt;
        h.persist();
        outbox.append(HelpRecorded.of(h));
        audit.record(actor, "help.record", "help", h.id.toString(), division(h), draft);
        return h;
    }

    /**
     * Corrects a record from the version the caller read. Whoever may record the help as it was and
     * as it is now may correct it; the figures everywhere follow the corrected record.
     */
    @Transactional
    public HelpRecord correct(UUID id, int expectedVersion, HelpDraft draft, Actor actor) {
        HelpRecord h = changeable(id, expectedVersion, actor);
        mayRecord(actor, draft);
        validate(draft);
        if (h.says(draft)) {
            return h;
        }
        h.apply(draft);
        h.updatedAt = Now.timestamp();
        em.flush();
        outbox.append(HelpRecorded.corrected(h));
        audit.record(actor, "help.correct", "help", h.id.toString(), division(h), draft);
        return h;
    }

    /**
     * Voids a record entered by mistake, for a reason already checked ({@code VoidReason}): it stays,
     * marked with who voided it and why, and counts nowhere.
     */
    @Transactional
    public HelpRecord voidRecord(UUID id, int expectedVersion, String reason, Actor actor) {
        HelpRecord h = changeable(id, expectedVersion, actor);
        h.voidBy(actor, reason, calendar.today());
        em.flush();
        outbox.append(HelpVoided.of(h));
        audit.record(actor, "help.void", "help", h.id.toString(), division(h), Map.of("reason", h.voidReason));
        return h;
    }

    /** The record, locked, at the version the caller read, not voided, and within what the caller may record. */
    private HelpRecord changeable(UUID id, int expectedVersion, Actor actor) {
        HelpRecord h = Optional.ofNullable(em.find(HelpRecord.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("help", id.toString()));
        h.requireVersion(expectedVersion, "help", id.toString());
        h.requireNotVoided("help-voided", id);
        mayRecord(actor, h.toDraft());
        return h;
    }

    /** Refuses help the actor may not record ({@link HelpGivers}); its leader or unit is looked up only when needed. */
    private void mayRecord(Actor actor, HelpDraft draft) {
        HelpGivers.check(actor, draft, () -> partners.leaderOf(actor.name()), () -> partners.unitOf(actor.name()));
    }

    private void validate(HelpDraft draft) {
        List<Violation> v = draft.violations(calendar.today());
        if (v.isEmpty()) {
            if (draft.villageCode() != null && !caseVillage(draft.villageCode())) {
                v.add(new Violation("villageCode", "case-village", draft.villageCode()));
            }
            if (draft.leaderId() != null && em.find(Leader.class, draft.leaderId()) == null) {
                v.add(new Violation("leaderId", "registered", draft.leaderId().toString()));
            }
            if (draft.unitId() != null && em.find(Unit.class, draft.unitId()) == null) {
                v.add(new Violation("unitId", "registered", draft.unitId().toString()));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-help", v);
        }
    }

    private static String division(HelpRecord h) {
        return h.villageCode != null ? h.villageCode : h.townshipCode;
    }

    /** A page of records in the scope, newest first, before the cursor's date and id. */
    public List<HelpRecord> list(HelpQuery q) {
        StringBuilder jpql = new StringBuilder("from HelpRecord h where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filters(q, jpql, parameters, "h.villageCode", "h.townshipCode", "h.unitId", "h.leaderId", "h.kind", "h.happenedOn");
        if (q.beforeDate() != null) {
            jpql.append(" and (h.happenedOn < :beforeDate or (h.happenedOn = :beforeDate and h.id < :beforeId))");
            parameters.put("beforeDate", q.beforeDate());
            parameters.put("beforeId", q.beforeId());
        }
        var query = em.createQuery(jpql + " order by h.happenedOn desc, h.id desc", HelpRecord.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(q.limit()).getResultList();
    }

    /** Sums of every figure per village, township or unit, in the query's scope and period. */
    public List<HelpTotals> totals(By by, HelpQuery q) {
        String key = switch (by) {
            case VILLAGE -> "village_code";
            case TOWNSHIP -> "township_code";
            case UNIT -> "cast(unit_id as text)";
        };
        StringBuilder sql = new StringBuilder("select " + key + " as k,"
                + " count(*) filter (where kind = 'VISIT'), count(*) filter (where kind = 'RESEARCH_TRIP'),"
                + " count(*) filter (where kind = 'PROJECT'), coalesce(sum(amount_wan) filter (where kind = 'PROJECT'), 0),"
                + " count(*) filter (where kind = 'FUNDS'), coalesce(sum(amount_wan) filter (where kind = 'FUNDS'), 0),"
                + " coalesce(sum(length_km) filter (where kind = 'ROAD'), 0), coalesce(sum(amount_wan) filter (where kind = 'ROAD'), 0),"
                + " coalesce(sum(households) filter (where kind = 'WATER'), 0), coalesce(sum(amount_wan) filter (where kind = 'WATER'), 0),"
                + " coalesce(sum(households) filter (where kind = 'BIOGAS'), 0), coalesce(sum(amount_wan) filter (where kind = 'BIOGAS'), 0),"
                + " count(*) filter (where kind = 'VENUE'), coalesce(sum(area_m2) filter (where kind = 'VENUE'), 0),"
                + " coalesce(sum(amount_wan) filter (where kind = 'VENUE'), 0),"
                + " coalesce(sum(sessions), 0), coalesce(sum(people_trained), 0),"
                + " count(*) filter (where kind = 'PRACTICAL_MATTER'), coalesce(sum(petition_risks_resolved), 0)"
                + " from help_record where " + key + " is not null and voided_on is null");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filters(q, sql, parameters, "village_code", "township_code", "unit_id", "leader_id", "kind", "happened_on");
        Query query = em.createNativeQuery(sql + " group by " + key + " order by " + key);
        parameters.forEach(query::setParameter);
        List<HelpTotals> totals = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            totals.add(new HelpTotals((String) r[0], n(r[1]), n(r[2]), n(r[3]), d(r[4]), n(r[5]), d(r[6]), d(r[7]), d(r[8]),
                    n(r[9]), d(r[10]), n(r[11]), d(r[12]), n(r[13]), d(r[14]), d(r[15]), n(r[16]), n(r[17]), n(r[18]), n(r[19])));
        }
        return totals;
    }

    /** The totals of a key that received nothing. */
    public static HelpTotals nothing(String key) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new HelpTotals(key, 0, 0, 0, zero, 0, zero, zero, zero, 0, zero, 0, zero, 0, zero, zero, 0, 0, 0, 0);
    }

    private static void filters(HelpQuery q, StringBuilder where, Map<String, Object> parameters, String village, String township,
                                String unit, String leader, String kind, String date) {
        if (q.villageCode() != null) {
            where.append(" and ").append(village).append(" = :village");
            parameters.put("village", q.villageCode());
        }
        if (q.township() != null) {
            where.append(" and ").append(township).append(" = :township");
            parameters.put("township", q.township());
        }
        if (q.unitId() != null) {
            where.append(" and ").append(unit).append(" = :unit");
            parameters.put("unit", q.unitId());
        }
        if (q.leaderId() != null) {
            where.append(" and ").append(leader).append(" = :leader");
            parameters.put("leader", q.leaderId());
        }
        if (q.kind() != null) {
            where.append(" and ").append(kind).append(" = :kind");
            parameters.put("kind", kind.startsWith("h.") ? q.kind() : q.kind().name());
        }
        if (q.from() != null) {
            where.append(" and ").append(date).append(" >= :from");
            parameters.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and ").append(date).append(" <= :to");
            parameters.put("to", q.to());
        }
    }

    private boolean caseVillage(String villageCode) {
        return !em.createQuery("select c.caseId from CaseFile c where c.villageCode = :v", UUID.class)
                .setParameter("v", villageCode).setMaxResults(1).getResultList().isEmpty();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal d(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
