package io.bastion.village.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.PreconditionMissing;
import io.bastion.platform.domain.StaleVersion;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.village.events.IndicatorsRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Each village's annual figures: one record per village and year, replaced as a whole. */
@ApplicationScoped
public class IndicatorBook {

    public static final String INVALID = "invalid-indicators";

    @Inject
    EntityManager em;

    @Inject
    VillageRegistry villages;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public List<VillageIndicator> of(String villageCode) {
        villages.get(villageCode);
        return em.createQuery("from VillageIndicator i where i.villageCode = :code order by i.year", VillageIndicator.class)
                .setParameter("code", villageCode).getResultList();
    }

    public Optional<VillageIndicator> find(String villageCode, int year) {
        return Optional.ofNullable(em.find(VillageIndicator.class, new VillageIndicator.Key(villageCode, year)));
    }

    /**
     * Records a year's figures. A first record needs no version ({@code expectedVersion} null); a
     * replacement needs the version read (428 without, 412 when stale); a version for a year never
     * recorded finds nothing to replace. Returns whether the record was new.
     */
    @Transactional
    public Recorded record(String villageCode, int year, Integer expectedVersion, IndicatorDraft draft, Actor actor) {
        villages.get(villageCode);
        List<Violation> violations = draft.violations(year, Now.today().getYear());
        if (!violations.isEmpty()) {
            throw new InvalidInput(INVALID, violations);
        }
        Optional<VillageIndicator> existing = find(villageCode, year);
        if (existing.isPresent() && expectedVersion == null) {
            throw new PreconditionMissing("indicators", villageCode + "/" + year);
        }
        if (existing.isEmpty() && expectedVersion != null) {
            throw new NotFound("indicators", villageCode + "/" + year);
        }
        if (existing.isPresent() && existing.get().version != expectedVersion) {
            throw new StaleVersion("indicators", villageCode + "/" + year, existing.get().version);
        }
        if (existing.isPresent() && existing.get().matches(draft)) {
            return new Recorded(existing.get(), false);
        }
        VillageIndicator indicator = existing.orElseGet(() -> {
            VillageIndicator created = new VillageIndicator();
            created.villageCode = villageCode;
            created.year = year;
            return created;
        });
        indicator.apply(draft);
        indicator.updatedAt = Now.timestamp();
        if (existing.isEmpty()) {
            em.persist(indicator);
        }
        em.flush();
        outbox.append(IndicatorsRecorded.of(indicator));
        audit.record(actor, "indicators.record", "indicators", villageCode + "/" + year, villageCode, draft);
        return new Recorded(indicator, existing.isEmpty());
    }

    /** The record as it now stands, and whether this call created it. */
    public record Recorded(VillageIndicator indicator, boolean created) {
    }
}
