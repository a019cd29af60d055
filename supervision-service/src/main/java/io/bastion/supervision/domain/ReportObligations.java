package io.bastion.supervision.domain;

import io.bastion.cases.CaseMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps, from each case's moves, the stretches in which it owed weekly reports. */
@ApplicationScoped
public class ReportObligations {

    /** A key-contact case reports weekly while in these statuses. */
    static final Set<String> REPORTING = Set.of("RECTIFYING", "ACCEPTANCE");
    static final Set<String> KEY_CONTACT = Set.of("CITY_B", "COUNTY_C");

    @Inject
    EntityManager em;

    void onMove(@Observes CaseMoved move) {
        boolean owes = REPORTING.contains(move.to()) && KEY_CONTACT.contains(move.caseFile().grade);
        List<ReportObligation> open = em.createQuery("from ReportObligation where caseId = :c and until is null", ReportObligation.class)
                .setParameter("c", move.caseFile().caseId).getResultList();
        if (owes && open.isEmpty()) {
            ReportObligation o = new ReportObligation();
            o.caseId = move.caseFile().caseId;
            o.villageCode = move.caseFile().villageCode;
            o.townshipCode = move.caseFile().townshipCode;
            o.since = move.at();
            o.persist();
        } else if (!owes) {
            open.forEach(o -> o.until = move.at());
        }
    }

    public List<ReportDuty.Stretch> of(UUID caseId) {
        return em.createQuery("from ReportObligation where caseId = :c order by since", ReportObligation.class).setParameter("c", caseId)
                .getResultStream().map(o -> new ReportDuty.Stretch(o.since, o.until)).toList();
    }
}
