package io.bastion.supervision.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.TownshipEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The record of accountability (追究责任) for failed tasks. */
@ApplicationScoped
public class Accountability {

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    public AccountabilityRecord get(UUID id) {
        AccountabilityRecord a = em.find(AccountabilityRecord.class, id);
        if (a == null) {
            throw new NotFound("accountability", id.toString());
        }
        return a;
    }

    /** A page of those the caller reaches, by id (keyset). */
    public List<AccountabilityRecord> list(String township, UUID after, int limit) {
        return em.createQuery("from AccountabilityRecord where (:t is null or townshipCode = :t)"
                        + " and (:after is null or id > :after) order by id", AccountabilityRecord.class)
                .setParameter("t", township).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    @Transactional
    public AccountabilityRecord record(AccountabilityDraft draft, Actor actor) {
        List<Violation> v = new ArrayList<>(draft.violations(calendar.today()));
        if (v.isEmpty()) {
            AccountabilityEvidence.check(AccountabilityDraft.Ground.valueOf(draft.ground()), draft.reference(),
                    (query, id) -> !em.createNativeQuery(query).setParameter(1, id).setParameter(2, draft.township())
                            .getResultList().isEmpty()).ifPresent(v::add);
        }
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-accountability", v);
        }
        AccountabilityRecord a = new AccountabilityRecord();
        a.id = UUID.randomUUID();
        a.townshipCode = draft.township();
        a.villageCode = draft.villageCode();
        a.failedTask = draft.failedTask().trim();
        a.ground = draft.ground();
        a.reference = draft.reference() == null || draft.reference().isBlank() ? null : draft.reference().trim();
        try {
            a.persons = json.writeValueAsString(draft.persons());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("persons not serialisable", e);
        }
        a.decidedOn = draft.decidedOn();
        a.decidedBy = draft.decidedBy().trim();
        a.recordedBy = actor.name();
        a.recordedAt = Now.timestamp();
        a.persist();
        facts.record("accountability", a.id.toString(), List.of(Fact.of(Figure.PEOPLE_HELD_ACCOUNTABLE, a.id.toString(), a.villageCode,
                a.townshipCode, a.decidedOn, draft.persons().size(), a.ground)));
        outbox.append(new TownshipEvent(TownshipEvent.ACCOUNTABILITY_RECORDED, a.id, a.townshipCode, a.villageCode, a.decidedOn,
                List.of(a.ground), null, draft.persons().size()));
        audit.record(actor, "accountability.record", "accountability", a.id.toString(),
                a.villageCode != null ? a.villageCode : a.townshipCode, draft);
        return a;
    }
}
