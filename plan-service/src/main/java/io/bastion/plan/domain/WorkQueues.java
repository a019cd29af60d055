package io.bastion.plan.domain;

import io.bastion.cases.CaseFile;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The county's work queues: plans by stage, township and rounds; measures overdue or falling due. */
@ApplicationScoped
public class WorkQueues {

    @Inject
    EntityManager em;

    public List<Plan> plans(PlanQuery q) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (q.township() != null) {
            where.add("p.townshipCode = :township");
        }
        if (q.stage() != null) {
            where.add("p.stage = :stage");
        }
        if (q.campaignYear() != null) {
            where.add("p.campaignYear = :year");
        }
        if (q.minReturns() != null) {
            where.add("p.returns >= :minReturns");
        }
        if (q.beyondUsualRounds() != null) {
            where.add(q.beyondUsualRounds() ? "p.returns > " + Plan.USUAL_RETURNS : "p.returns <= " + Plan.USUAL_RETURNS);
        }
        String[] cursor = q.after() == null ? null : q.after().split("\\|", 2);
        if (cursor != null) {
            where.add("(p.villageCode > :afterCode or (p.villageCode = :afterCode and p.id > :afterId))");
        }
        TypedQuery<Plan> query = em.createQuery("from Plan p where " + String.join(" and ", where)
                + " order by p.villageCode, p.id", Plan.class);
        if (q.township() != null) {
            query.setParameter("township", q.township());
        }
        if (q.stage() != null) {
            query.setParameter("stage", q.stage());
        }
        if (q.campaignYear() != null) {
            query.setParameter("year", q.campaignYear());
        }
        if (q.minReturns() != null) {
            query.setParameter("minReturns", q.minReturns());
        }
        if (cursor != null) {
            query.setParameter("afterCode", cursor[0]).setParameter("afterId", uuid(cursor));
        }
        return query.setMaxResults(q.limit()).getResultList();
    }

    public List<Measure> measures(MeasureQuery q) {
        List<String> where = new ArrayList<>(List.of("p.id = m.planId", "p.stage = :approved", "m.deadline is not null"));
        if (q.township() != null) {
            where.add("p.townshipCode = :township");
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            where.add("m.status = :open and m.deadline < :today");
        } else if (Boolean.FALSE.equals(q.overdue())) {
            where.add("(m.status <> :open or m.deadline >= :today)");
        }
        if (q.dueWithinDays() != null) {
            where.add("m.status = :open and m.deadline >= :today and m.deadline <= :horizon");
        }
        if (q.status() != null) {
            where.add("m.status = :status");
        }
        String[] cursor = q.after() == null ? null : q.after().split("\\|", 2);
        if (cursor != null) {
            where.add("(m.deadline > :afterDeadline or (m.deadline = :afterDeadline and m.id > :afterId))");
        }
        TypedQuery<Measure> query = em.createQuery("select m from Measure m, Plan p where " + String.join(" and ", where)
                + " order by m.deadline, m.id", Measure.class);
        query.setParameter("approved", PlanStage.APPROVED);
        if (q.township() != null) {
            query.setParameter("township", q.township());
        }
        if (q.overdue() != null || q.dueWithinDays() != null) {
            query.setParameter("open", MeasureStatus.OPEN).setParameter("today", q.today());
        }
        if (q.dueWithinDays() != null) {
            query.setParameter("horizon", q.today().plusDays(q.dueWithinDays()));
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (cursor != null) {
            try {
                query.setParameter("afterDeadline", LocalDate.parse(cursor[0])).setParameter("afterId", uuid(cursor));
            } catch (DateTimeParseException e) {
                throw badCursor(q.after());
            }
        }
        return query.setMaxResults(q.limit()).getResultList();
    }

    public List<CaseFile> cases(CaseQuery q) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (q.township() != null) {
            where.add("c.townshipCode = :township");
        }
        if (q.status() != null) {
            where.add("c.status = :status");
        }
        if (q.withoutPlan() != null) {
            where.add((q.withoutPlan() ? "not " : "") + "exists (select 1 from Plan p where p.caseId = c.caseId)");
        }
        String[] cursor = q.after() == null ? null : q.after().split("\\|", 2);
        if (cursor != null) {
            where.add("(c.villageCode > :afterCode or (c.villageCode = :afterCode and c.caseId > :afterId))");
        }
        TypedQuery<CaseFile> query = em.createQuery("from CaseFile c where " + String.join(" and ", where)
                + " order by c.villageCode, c.caseId", CaseFile.class);
        if (q.township() != null) {
            query.setParameter("township", q.township());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (cursor != null) {
            query.setParameter("afterCode", cursor[0]).setParameter("afterId", uuid(cursor));
        }
        return query.setMaxResults(q.limit()).getResultList();
    }

    /** The plan of each of these cases that has one. */
    public Map<UUID, UUID> planIds(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> plans = new HashMap<>();
        em.createQuery("select p.caseId, p.id from Plan p where p.caseId in :cases", Object[].class)
                .setParameter("cases", caseIds).getResultList()
                .forEach(row -> plans.put((UUID) row[0], (UUID) row[1]));
        return plans;
    }

    private static UUID uuid(String[] cursor) {
        try {
            return UUID.fromString(cursor.length == 2 ? cursor[1] : "");
        } catch (IllegalArgumentException e) {
            throw badCursor(String.join("|", cursor));
        }
    }

    private static RuntimeException badCursor(String cursor) {
        return new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", cursor)));
    }
}
