package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What assistance-service's records contribute to the county's figures: pairings and the help given. */
@ApplicationScoped
public class AssistanceFacts {

    /** Help given on a day, with the figures its kind carries (money in 万元), as of the record's version. */
    public record Help(String helpId, String kind, String villageCode, String townshipCode, String giverKind, LocalDate date,
                       BigDecimal amount, BigDecimal lengthKm, int households, int sessions, int peopleTrained, int petitionRisksResolved,
                       int version) {
    }

    /** A pairing from the day it started: a county leader as contact, or a department's form of help. */
    public record Pairing(String pairingId, String villageCode, String form, String partnerId, int envoys, LocalDate startedOn, int version) {
    }

    /** Open pairings count until the end of time, which no report reaches. */
    static final LocalDate OPEN = LocalDate.of(9999, 12, 31);

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    /** Help recorded or corrected: what the record now says replaces what it said before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void help(Help h) {
        if (facts.newer("help", h.helpId(), h.version())) {
            facts.record("help", h.helpId(), HelpFigures.of(h));
        }
    }

    /** A help record voided as entered by mistake counts nowhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void helpVoided(String helpId, int version) {
        if (facts.newer("help", helpId, version)) {
            facts.record("help", helpId, List.of());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paired(Pairing p) {
        if (!facts.newer("pairing", p.pairingId(), p.version())) {
            return;
        }
        String township = p.villageCode().substring(0, 9);
        List<Fact> counted = new ArrayList<>();
        if ("COUNTY_LEADER_CONTACT".equals(p.form())) {
            counted.add(Fact.once(Figure.LEADER_CONTACTS, p.partnerId(), p.villageCode(), township, p.startedOn(), null));
        } else {
            counted.add(Fact.once(Figure.DEPARTMENT_PAIRINGS, p.pairingId(), p.villageCode(), township, p.startedOn(), p.form()));
            counted.add(Fact.of(Figure.ENVOYS_SENT, p.pairingId(), p.villageCode(), township, p.startedOn(), p.envoys(), p.form()));
        }
        facts.record("pairing", p.pairingId(), counted.stream().map(f -> f.over(p.startedOn(), OPEN)).toList());
    }

    /** A pairing ended (or was handed over) on a day: it counts until then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(String pairingId, LocalDate endedOn, int version) {
        if (facts.newer("pairing", pairingId, version)) {
            em.createNativeQuery("update county_fact set period_end = greatest(period_start, ?1) where source = 'pairing' and source_id = ?2")
                    .setParameter(1, endedOn).setParameter(2, pairingId).executeUpdate();
        }
    }
}
