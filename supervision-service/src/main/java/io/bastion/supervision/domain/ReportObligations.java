package io.bastion.supervision.domain;

import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseMoved;
import io.bastion.cases.CaseRegraded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps, from each case's moves and grade changes, the stretches in which it owed weekly reports: a
 * city-B or county-C case owes them while rectifying or in acceptance. A case raised to a key-contact
 * grade mid-rectification owes them from that moment; one lowered stops owing them then, and keeps
 * owing the weeks before.
 */
@ApplicationScoped
public class ReportObligations {

    /** A key-contact case reports weekly while in these statuses. */
    private static final Set<String> REPORTING = Set.of("RECTIFYING", "ACCEPTANCE");
    private static final Set<String> KEY_CONTACT = Set.of("CITY_B", "COUNTY_C");

    @Inject
    EntityManager em;

    void onMove(@Observes CaseMoved move) {
        follow(move.caseFile(), move.at());
    }

    void onRegrade(@Observes CaseRegraded regrade) {
        follow(regrade.caseFile(), regrade.at());
    }

    private void follow(CaseFile c, OffsetDateTime at) {
        boolean owes = REPORTING.contains(c.status) && KEY_CONTACT.contains(c.grade);
        List<ReportObligation> open = em.createQuery("from ReportObligation where caseId = :c and until is null", ReportObligation.class)
                .setParameter("c", c.caseId).getResultList();
        if (owes && open.isEmpty()) {
            ReportObligation o = new ReportObligation();
            o.caseId = c.caseId;
            o.villageCode = c.villageCode;
            o.townshipCode = c.townshipCode;
            o.since = at;
            o.persist();
        } else if (!owes) {
            open.forEach(o -> o.until = at);
        }
    }

    public List<ReportDuty.Stretch> of(UUID caseId) {
        return em.createQuery("from ReportObligation where caseId = :c order by since", ReportObligation.class).setParameter("c", caseId)
                .getResultStream().map(o -> new ReportDuty.Stretch(o.since, o.until)).toList();
    }
}
