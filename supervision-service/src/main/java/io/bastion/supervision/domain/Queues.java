package io.bastion.supervision.domain;

import io.bastion.platform.api.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The county's queues: acceptances by status, follow-up visits by due date; keyset paged by village code and id. */
@ApplicationScoped
public class Queues {

    @Inject
    EntityManager em;

    public List<Acceptance> acceptances(String township, Acceptance.Status status, UUID caseId, Paging.Keyed after, int limit) {
        StringBuilder jpql = new StringBuilder("from Acceptance a where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        where(jpql, p, "a.townshipCode", "township", township);
        where(jpql, p, "a.status", "status", status);
        where(jpql, p, "a.caseId", "caseId", caseId);
        return page(jpql, p, "a", after, limit, Acceptance.class);
    }

    public List<FollowUp> followUps(FollowUp.Status status, LocalDate dueBy, Paging.Keyed after, int limit) {
        StringBuilder jpql = new StringBuilder("from FollowUp a where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        where(jpql, p, "a.status", "status", status);
        if (dueBy != null) {
            jpql.append(" and a.dueOn <= :dueBy");
            p.put("dueBy", dueBy);
        }
        return page(jpql, p, "a", after, limit, FollowUp.class);
    }

    public List<Inspection> inspections(String township, String village, Paging.Keyed after, int limit) {
        StringBuilder jpql = new StringBuilder("from Inspection a where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        where(jpql, p, "a.townshipCode", "township", township);
        where(jpql, p, "a.villageCode", "village", village);
        return page(jpql, p, "a", after, limit, Inspection.class);
    }

    /** Findings by status; {@code overdue} ones are not closed and past their correction deadline on {@code today}. */
    public List<Finding> findings(String township, Finding.Status status, Boolean overdue, LocalDate today, Paging.Keyed after,
                                  int limit) {
        StringBuilder jpql = new StringBuilder("from Finding a where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (township != null) {
            jpql.append(" and a.villageCode like :township");
            p.put("township", township + "%");
        }
        where(jpql, p, "a.status", "status", status);
        if (overdue != null) {
            jpql.append(overdue ? " and a.status <> :closed and a.correctionDeadline < :today"
                    : " and (a.status = :closed or a.correctionDeadline >= :today)");
            p.put("closed", Finding.Status.CLOSED);
            p.put("today", today);
        }
        return page(jpql, p, "a", after, limit, Finding.class);
    }

    private <T> List<T> page(StringBuilder jpql, Map<String, Object> p, String alias, Paging.Keyed after, int limit, Class<T> type) {
        if (after != null) {
            jpql.append(" and (").append(alias).append(".villageCode > :afterCode or (").append(alias)
                    .append(".villageCode = :afterCode and ").append(alias).append(".id > :afterId))");
            p.put("afterCode", after.sort());
            p.put("afterId", after.id());
        }
        var query = em.createQuery(jpql + " order by " + alias + ".villageCode, " + alias + ".id", type);
        p.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static void where(StringBuilder jpql, Map<String, Object> p, String field, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(field).append(" = :").append(name);
            p.put(name, value);
        }
    }
}
