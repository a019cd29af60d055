package io.bastion.assistance.domain;

import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the projection of village-service's cases. Each change carries the case's version; one
 * older than what is held changes nothing. A new case is uncovered until a leader becomes its contact.
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    EntityManager em;

    public CaseFile get(UUID caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw new NotFound("case", caseId.toString());
        }
        return c;
    }

    public List<CaseFile> list(CaseQuery q) {
        StringBuilder jpql = new StringBuilder("from CaseFile c where c.villageCode like :scope");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scope", q.scopePrefix() + "%");
        if (q.pairedAccount() != null) {
            jpql.append(" and c.caseId in (select p.caseId from Pairing p where p.active = true and p.partnerAccount = :account)");
            parameters.put("account", q.pairedAccount());
        }
        if (q.township() != null) {
            jpql.append(" and c.townshipCode = :township");
            parameters.put("township", q.township());
        }
        if (q.status() != null) {
            jpql.append(" and c.status = :status");
            parameters.put("status", q.status());
        }
        if (q.uncovered() != null) {
            jpql.append(q.uncovered() ? " and c.uncoveredSince is not null and c.status not in :closed"
                    : " and c.uncoveredSince is null");
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void identified(UUID caseId, String villageCode, String villageName, int campaignYear, String grade, int version) {
        CaseFile c = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new CaseFile();
            c.caseId = caseId;
            c.villageCode = villageCode;
            c.townshipCode = villageCode.substring(0, 9);
            c.villageName = villageName;
            c.campaignYear = campaignYear;
            c.grade = grade;
            c.status = "IDENTIFIED";
            c.caseVersion = version;
            c.identifiedAt = Now.timestamp();
            c.uncoveredSince = c.identifiedAt;
            c.updatedAt = c.identifiedAt;
            c.persist();
        } else if (version > c.caseVersion) {
            c.villageName = villageName;
            c.grade = grade;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(UUID caseId, String status, String grade, int version) {
        CaseFile c = locked(caseId);
        if (version > c.caseVersion) {
            c.status = status;
            c.grade = grade;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(UUID caseId, String status, LocalDate rectifyDeadline, int version) {
        CaseFile c = locked(caseId);
        if (version > c.caseVersion) {
            c.status = status;
            c.rectifyDeadline = rectifyDeadline;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void villageRenamed(String villageCode, String name) {
        em.createQuery("update CaseFile set villageName = :name where villageCode = :code and villageName <> :name")
                .setParameter("name", name).setParameter("code", villageCode).executeUpdate();
    }

    CaseFile locked(UUID caseId) {
        CaseFile c = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            // Every case's identification precedes its other events on the village's partition.
            throw new NotFound("case", caseId.toString());
        }
        return c;
    }
}
