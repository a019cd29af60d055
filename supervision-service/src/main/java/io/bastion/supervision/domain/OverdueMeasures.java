package io.bastion.supervision.domain;

import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** The measures plan-service reported overdue, until they are completed or given a later deadline. */
@ApplicationScoped
public class OverdueMeasures {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(UUID measureId, UUID caseId, String villageCode, LocalDate deadline) {
        em.createNativeQuery("insert into overdue_measure (measure_id, case_id, village_code, township_code, deadline, reported_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (measure_id) do update set deadline = excluded.deadline,"
                        + " reported_at = excluded.reported_at, resolved_at = null")
                .setParameter(1, measureId).setParameter(2, caseId).setParameter(3, villageCode).setParameter(4, villageCode.substring(0, 9))
                .setParameter(5, deadline).setParameter(6, Now.timestamp()).executeUpdate();
    }

    /** A measure completed, or given a deadline later than the one it was overdue for, is no longer overdue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(UUID measureId, String status, LocalDate deadline) {
        em.createNativeQuery("update overdue_measure set resolved_at = ?1 where measure_id = ?2 and resolved_at is null"
                        + " and (?3 = 'COMPLETED' or deadline < ?4)")
                .setParameter(1, Now.timestamp()).setParameter(2, measureId).setParameter(3, status).setParameter(4, deadline)
                .executeUpdate();
    }
}
