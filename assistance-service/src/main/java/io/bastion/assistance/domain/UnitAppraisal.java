package io.bastion.assistance.domain;

import io.bastion.cases.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The county's appraisal of helping units: each unit's paired cases and how far they have come, and
 * which cases are past their transformation deadline while the unit is still paired with them.
 */
@ApplicationScoped
public class UnitAppraisal {

    @Inject
    EntityManager em;

    @Inject
    AssistanceCalendar calendar;

    /** A case the unit is (or was) paired with, and where it stands. */
    public record PairedCase(UUID pairingId, String form, boolean active, UUID caseId, String villageCode, String villageName,
                             String status, LocalDate rectifyDeadline, boolean transformed, boolean overdue, long daysOverdue) {
    }

    public List<PairedCase> casesOf(UUID unitId) {
        LocalDate today = calendar.today();
        return em.createQuery("select p, c from Pairing p, CaseFile c where c.caseId = p.caseId and p.unitId = :u"
                        + " order by p.active desc, c.villageCode, p.startedOn", Object[].class)
                .setParameter("u", unitId).getResultList().stream()
                .map(row -> of((Pairing) row[0], (CaseFile) row[1], today)).toList();
    }

    /** Units (by id, after the cursor) still paired with at least one case past its deadline. */
    public List<Unit> unitsBehind(UUID after, int limit) {
        return em.createQuery("select distinct u from Unit u, Pairing p, CaseFile c where p.unitId = u.id and c.caseId = p.caseId"
                        + " and p.active = true and c.rectifyDeadline < :today and c.status not in :done"
                        + " and (:after is null or u.id > :after) order by u.id", Unit.class)
                .setParameter("today", calendar.today()).setParameter("done", List.of("CONSOLIDATING", "WRITTEN_OFF", "RELAPSED"))
                .setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    private static PairedCase of(Pairing p, CaseFile c, LocalDate today) {
        boolean overdue = p.active && Transformation.overdue(c.status, c.rectifyDeadline, today);
        return new PairedCase(p.id, p.form.name(), p.active, c.caseId, c.villageCode, c.villageName, c.status, c.rectifyDeadline,
                Transformation.allowsUnpairing(c.status), overdue, overdue ? ChronoUnit.DAYS.between(c.rectifyDeadline, today) : 0);
    }
}
