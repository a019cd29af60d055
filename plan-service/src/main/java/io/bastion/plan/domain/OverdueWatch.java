package io.bastion.plan.domain;

import io.bastion.plan.events.MeasureChanged;
import io.bastion.platform.domain.Now;
import io.bastion.platform.events.EventOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the measures of approved plans still open after their deadline and reports each once per
 * deadline ({@code bastion.plan.measure-overdue.v1}); a granted extension gives a new deadline that
 * can be reported in its turn.
 */
@ApplicationScoped
public class OverdueWatch {

    static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    EventOutbox outbox;

    /** Reports every measure overdue on {@code today} not yet reported for its deadline; returns how many. */
    public int scan(LocalDate today) {
        int total = 0;
        int found;
        do {
            found = QuarkusTransaction.requiringNew().call(() -> batch(today));
            total += found;
        } while (found == BATCH);
        return total;
    }

    private int batch(LocalDate today) {
        List<Measure> due = em.createQuery("select m from Measure m, Plan p where p.id = m.planId and p.stage = :approved"
                        + " and m.status = :open and m.deadline < :today"
                        + " and (m.overdueReportedFor is null or m.overdueReportedFor <> m.deadline) order by m.id", Measure.class)
                .setParameter("approved", PlanStage.APPROVED)
                .setParameter("open", MeasureStatus.OPEN)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        for (Measure m : due) {
            m.overdueReportedFor = m.deadline;
            m.updatedAt = Now.timestamp();
        }
        em.flush();
        for (Measure m : due) {
            outbox.append(MeasureChanged.overdue(em.find(Plan.class, m.planId), m, today));
        }
        return due.size();
    }
}
