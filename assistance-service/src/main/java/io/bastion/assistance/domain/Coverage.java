package io.bastion.assistance.domain;

import io.bastion.cases.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cases have their county-leader contact, and since when the others have gone without: since
 * their last contact ended, or since they were identified if they never had one.
 */
@ApplicationScoped
public class Coverage {

    @Inject
    EntityManager em;

    public List<CaseFile> list(CaseQuery q) {
        StringBuilder jpql = new StringBuilder("from CaseFile c where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (q.township() != null) {
            jpql.append(" and c.townshipCode = :township");
            parameters.put("township", q.township());
        }
        if (q.status() != null) {
            jpql.append(" and c.status = :status");
            parameters.put("status", q.status());
        }
        if (q.uncovered() != null) {
            String contact = "exists (select p.id from Pairing p where p.caseId = c.caseId and p.active = true and p.form = :contact)";
            jpql.append(q.uncovered() ? " and not " + contact + " and c.status not in :closed" : " and " + contact);
            parameters.put("contact", PairingForm.COUNTY_LEADER_CONTACT);
            if (q.uncovered()) {
                parameters.put("closed", Transformation.CLOSED);
            }
        }
        if (q.after() != null) {
            jpql.append(" and (c.villageCode > :afterCode or (c.villageCode = :afterCode and c.caseId > :afterId))");
            parameters.put("afterCode", q.after().sort());
            parameters.put("afterId", q.after().id());
        }
        var query = em.createQuery(jpql + " order by c.villageCode, c.caseId", CaseFile.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(q.limit()).getResultList();
    }

    /** Since when the case has had no contact, given all its pairings; null while it has one or once it is closed. */
    public static OffsetDateTime uncoveredSince(CaseFile c, List<Pairing> pairings) {
        List<Pairing> contacts = pairings.stream().filter(p -> p.form == PairingForm.COUNTY_LEADER_CONTACT).toList();
        if (contacts.stream().anyMatch(p -> p.active) || !Transformation.takesNewPairings(c.status)) {
            return null;
        }
        return contacts.stream().map(p -> p.updatedAt).max(OffsetDateTime::compareTo).orElse(c.identifiedAt);
    }
}
