package io.bastion.supervision.domain;

import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What village-service's records contribute to the county's figures: cases, teams, a village's year. */
@ApplicationScoped
public class VillageFacts {

    /** A team member as village-service last described them (no names: only what is counted). */
    public record TeamMember(String memberId, String villageCode, String role, String committee, String appointmentSource,
                             boolean incumbent, LocalDate startedOn, LocalDate endedOn, String leavingReason, boolean voided,
                             int version) {
    }

    /** A village's figures for a year, money in 万元. */
    public record Year(String villageCode, int year, int partyMembersDeveloped, int activistsDeveloped, boolean venueBuilt,
                      BigDecimal venueAreaM2, BigDecimal venueInvestment, BigDecimal collectiveIncome, boolean backwardToAdvanced,
                      boolean financiallyAudited, int rulesEstablished, int version) {
    }

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final Map<String, Figure> MOVES = Map.of("CONSOLIDATING", Figure.CASES_TRANSFORMED,
            "WRITTEN_OFF", Figure.CASES_WRITTEN_OFF);

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    SupervisionCalendar calendar;

    /** A case as it stands after village-service's event of {@code version}: identified on a day, with its talks and suggestions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseRecorded(CaseFile c, int version, int talksHeld, int suggestionsCollected) {
        String id = c.caseId.toString();
        if (!facts.newer("case", id, version)) {
            return;
        }
        LocalDate on = c.identifiedOn;
        facts.record("case", id, List.of(
                Fact.once(Figure.CASES_IDENTIFIED, c.villageCode, c.villageCode, c.townshipCode, on, c.grade),
                Fact.of(Figure.TALKS_HELD, id, c.villageCode, c.townshipCode, on, talksHeld, null),
                Fact.of(Figure.SUGGESTIONS_COLLECTED, id, c.villageCode, c.townshipCode, on, suggestionsCollected, null)));
    }

    /**
     * A case opened for a village that slid back, linked to its earlier case: a relapse, whether the
     * follow-up visit after the write-off found it or someone did during consolidation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relapse(CaseFile c, String previousCaseId) {
        facts.record("relapse", c.caseId.toString(), List.of(Fact.once(Figure.CASES_RELAPSED, previousCaseId, c.villageCode,
                c.townshipCode, c.identifiedOn, c.grade)));
    }

    /** A case transformed or written off counts on the day it moved. */
    void onMove(@Observes CaseMoved move) {
        Figure figure = MOVES.get(move.to());
        if (figure != null) {
            CaseFile c = move.caseFile();
            String id = c.caseId + ":" + move.to();
            facts.record("case-move", id, List.of(Fact.once(figure, c.caseId.toString(), c.villageCode, c.townshipCode,
                    calendar.day(move.at()), c.grade)));
        }
    }

    /**
     * A secretary or member appointed, a reserve cadre taken on, a cadre adjusted: each on its day, by
     * where they came from. A tenure voided as entered by mistake counts as nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void teamMember(TeamMember m) {
        if (!facts.newer("team-member", m.memberId(), m.version())) {
            return;
        }
        if (m.voided()) {
            facts.record("team-member", m.memberId(), List.of());
            return;
        }
        String township = m.villageCode().substring(0, 9);
        List<Fact> counted = new ArrayList<>();
        Figure appointed = appointment(m);
        if (appointed != null) {
            counted.add(Fact.once(appointed, m.memberId(), m.villageCode(), township, m.startedOn(),
                    appointed == Figure.RESERVE_CADRES ? null : m.appointmentSource()));
        }
        if (m.endedOn() != null && ("ADJUSTED".equals(m.leavingReason()) || "DISMISSED".equals(m.leavingReason()))) {
            counted.add(Fact.once(Figure.CADRES_ADJUSTED, m.memberId(), m.villageCode(), township, m.endedOn(), m.leavingReason()));
        }
        facts.record("team-member", m.memberId(), counted);
    }

    /**
     * What a tenure counts as (docs/figures.md): none for an incumbent, in office before the campaign;
     * a secretary; a member of the Party branch (a deputy or a member, not of the villagers'
     * committee); a reserve cadre.
     */
    static Figure appointment(TeamMember m) {
        if (m.incumbent()) {
            return null;
        }
        return switch (m.role()) {
            case "SECRETARY" -> Figure.SECRETARIES_APPOINTED;
            case "RESERVE_CADRE" -> Figure.RESERVE_CADRES;
            default -> "PARTY_BRANCH".equals(m.committee()) ? Figure.MEMBERS_APPOINTED : null;
        };
    }

    /** A village's year counts over the whole year; its income may now show a rise from nothing to 5 万元. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void year(Year y) {
        String id = y.villageCode() + ":" + y.year();
        if (!facts.newer("indicators", id, y.version())) {
            return;
        }
        String v = y.villageCode();
        String township = v.substring(0, 9);
        LocalDate start = LocalDate.of(y.year(), 1, 1);
        LocalDate end = LocalDate.of(y.year(), 12, 31);
        List<Fact> counted = new ArrayList<>(List.of(
                Fact.of(Figure.PARTY_MEMBERS_DEVELOPED, v, v, township, start, y.partyMembersDeveloped(), null),
                Fact.of(Figure.ACTIVISTS_DEVELOPED, v, v, township, start, y.activistsDeveloped(), null),
                Fact.of(Figure.RULES_ESTABLISHED, v, v, township, start, y.rulesEstablished(), null)));
        if (y.venueBuilt()) {
            counted.add(Fact.once(Figure.VENUES_BUILT, v, v, township, start, null));
            counted.add(Fact.of(Figure.VENUE_AREA, v, v, township, start, orZero(y.venueAreaM2()), null));
            counted.add(Fact.of(Figure.VENUE_INVESTMENT, v, v, township, start, orZero(y.venueInvestment()), null));
        }
        if (y.backwardToAdvanced()) {
            counted.add(Fact.once(Figure.BACKWARD_TO_ADVANCED, v, v, township, start, null));
        }
        if (y.financiallyAudited()) {
            counted.add(Fact.once(Figure.VILLAGES_AUDITED, v, v, township, start, null));
        }
        facts.record("indicators", id, counted.stream().map(f -> f.over(start, end)).toList());
        income(v, y.year(), y.collectiveIncome());
    }

    private void income(String villageCode, int year, BigDecimal income) {
        em.createNativeQuery("insert into village_income (village_code, year, income) values (?1, ?2, ?3)"
                        + " on conflict (village_code, year) do update set income = excluded.income")
                .setParameter(1, villageCode).setParameter(2, year).setParameter(3, income).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> years = em.createNativeQuery("select year, income from village_income where village_code = ?1"
                + " and income is not null order by year").setParameter(1, villageCode).getResultList();
        Integer rose = IncomeRise.yearReached(years.stream()
                .map(r -> new IncomeRise.Income(((Number) r[0]).intValue(), (BigDecimal) r[1])).toList(), FIVE);
        facts.record("income", villageCode, rose == null ? List.of() : List.of(Fact.once(Figure.INCOME_ZERO_TO_FIVE, villageCode,
                villageCode, villageCode.substring(0, 9), LocalDate.of(rose, 1, 1), null)
                .over(LocalDate.of(rose, 1, 1), LocalDate.of(rose, 12, 31))));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
