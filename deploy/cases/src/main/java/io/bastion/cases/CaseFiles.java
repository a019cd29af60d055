package io.bastion.cases;

import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the projection of village-service's cases. Each change carries the case's version; one
 * older than what is held (a redelivery, a late duplicate) changes nothing.
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    EntityManager em;

    @Inject
    Event<CaseMoved> moves;

    @Inject
    Event<CaseRegraded> regrades;

    public CaseFile get(UUID caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw new NotFound("case", caseId.toString());
        }
        return c;
    }

    /** The case locked for a change that depends on it; a case never identified is a 404. */
    public CaseFile locked(UUID caseId) {
        CaseFile c = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFound("case", caseId.toString());
        }
        return c;
    }

    /** A case was identified: what it must address, where it belongs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void identified(UUID caseId, String villageCode, String villageName, int campaignYear, LocalDate identifiedOn,
                           List<String> categories, String grade, int version) {
        CaseFile c = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new CaseFile();
            c.caseId = caseId;
            c.villageCode = villageCode;
            c.townshipCode = villageCode.substring(0, 9);
            c.villageName = villageName;
            c.campaignYear = campaignYear;
            c.identifiedOn = identifiedOn;
            c.categories = categories.toArray(String[]::new);
            c.grade = grade;
            c.status = "IDENTIFIED";
            c.caseVersion = version;
            c.identifiedAt = Now.timestamp();
            c.updatedAt = c.identifiedAt;
            c.persist();
        } else if (version > c.caseVersion) {
            c.villageName = villageName;
            c.identifiedOn = identifiedOn;
            c.categories = categories.toArray(String[]::new);
            c.grade = grade;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
        }
    }

    /**
     * Identification recorded other categories or another grade at {@code at}; observers of
     * {@link CaseRegraded} follow a new grade in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(UUID caseId, String status, LocalDate identifiedOn, List<String> categories, String grade, int version,
                        OffsetDateTime at) {
        CaseFile c = locked(caseId);
        if (version > c.caseVersion) {
            String from = c.grade;
            c.status = status;
            c.identifiedOn = identifiedOn;
            c.categories = categories.toArray(String[]::new);
            c.grade = grade;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
            if (!grade.equals(from)) {
                regrades.fire(new CaseRegraded(c, from, grade, at));
            }
        }
    }

    /** The case moved in its lifecycle at {@code at}; observers of {@link CaseMoved} follow in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(UUID caseId, String status, LocalDate rectifyDeadline, int version, OffsetDateTime at) {
        CaseFile c = locked(caseId);
        if (version > c.caseVersion) {
            String from = c.status;
            c.status = status;
            c.rectifyDeadline = rectifyDeadline;
            c.caseVersion = version;
            c.updatedAt = Now.timestamp();
            moves.fire(new CaseMoved(c, from, status, at));
        }
    }

    /** A village was renamed: its cases carry the new name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void villageRenamed(String villageCode, String name) {
        em.createQuery("update CaseFile set villageName = :name where villageCode = :code and villageName <> :name")
                .setParameter("name", name).setParameter("code", villageCode).executeUpdate();
    }
}
