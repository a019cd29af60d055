package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the records say about each township and village of a division over a bulletin's period. */
@ApplicationScoped
public class BulletinStandings {

    @Inject
    EntityManager em;

    @Inject
    WeeklyReports reports;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    DivisionNames divisions;

    public BulletinContent generate(String division, LocalDate from, LocalDate to) {
        String scope = division + "%";
        Map<String, int[]> cases = new HashMap<>();
        // Villages, each where its latest case stands: a village that relapsed is one village, rectifying again (docs/figures.md).
        for (Object[] row : rows("select township_code, count(*), count(*) filter (where status in ('CONSOLIDATING', 'WRITTEN_OFF')),"
                + " count(*) filter (where status in ('RECTIFYING', 'ACCEPTANCE')) from (select distinct on (village_code) township_code,"
                + " status from case_file where village_code like ?1 order by village_code, campaign_year desc, identified_on desc,"
                + " identified_at desc) latest group by township_code", scope, null, null)) {
            cases.put((String) row[0], new int[]{n(row[1]), n(row[2]), n(row[3])});
        }
        Map<String, Integer> overdue = counts("select township_code, count(*) from overdue_measure where village_code like ?1"
                + " and deadline between ?2 and ?3 group by township_code", scope, from, to);
        Map<String, Integer> findings = counts("select i.township_code, count(*) from inspection_finding f join inspection i"
                + " on i.id = f.inspection_id where i.village_code like ?1 and i.inspected_on between ?2 and ?3 group by i.township_code",
                scope, from, to);
        // Overdue is past its deadline: a finding due today, or due later in the period, is not overdue yet.
        LocalDate lastOverdue = Collections.min(List.of(to, calendar.today().minusDays(1)));
        Map<String, Integer> findingsOverdue = counts("select i.township_code, count(*) from inspection_finding f join inspection i"
                + " on i.id = f.inspection_id where i.village_code like ?1 and i.inspected_on <= ?3 and f.status <> 'CLOSED'"
                + " and f.correction_deadline between ?2 and ?3 group by i.township_code", scope, from, lastOverdue);
        List<WeeklyReports.Gap> duty = weeks(division, from, to);
        Map<String, String> names = divisions.all();
        List<BulletinContent.TownshipStanding> standings = new ArrayList<>();
        for (String township : new TreeSet<>(cases.keySet())) {
            int[] c = cases.get(township);
            List<WeeklyReports.Gap> owed = duty.stream().filter(g -> g.townshipCode().equals(township)).toList();
            standings.add(new BulletinContent.TownshipStanding(0, township, names.getOrDefault(township, township), c[0], c[1], c[2], owed.size(),
                    standing(owed, ReportDuty.Standing.ON_TIME), standing(owed, ReportDuty.Standing.LATE),
                    standing(owed, ReportDuty.Standing.MISSING), overdue.getOrDefault(township, 0), findings.getOrDefault(township, 0),
                    findingsOverdue.getOrDefault(township, 0)));
        }
        List<BulletinContent.TownshipStanding> ranking = BulletinRanking.rank(standings);
        List<BulletinContent.Named> praised = new ArrayList<>();
        List<BulletinContent.Named> criticized = new ArrayList<>();
        for (BulletinContent.TownshipStanding s : ranking) {
            if (BulletinRanking.praised(s)) {
                praised.add(new BulletinContent.Named(BulletinContent.Named.TOWNSHIP, s.townshipCode(),
                        s.townshipName(), BulletinRanking.praise(s)));
            } else if (BulletinRanking.criticised(s)) {
                criticized.add(new BulletinContent.Named(BulletinContent.Named.TOWNSHIP, s.townshipCode(),
                        s.townshipName(), BulletinRanking.criticism(s)));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> passed = em.createNativeQuery("select c.village_code, c.village_name, max(a.score) from acceptance a"
                        + " join case_file c on c.case_id = a.case_id where a.village_code like ?1 and a.status = 'PASSED'"
                        + " and a.assessed_at >= ?2 and a.assessed_at < ?3 group by c.village_code, c.village_name order by c.village_code")
                .setParameter(1, scope).setParameter(2, from.atStartOfDay(calendar.zone()).toOffsetDateTime())
                .setParameter(3, to.plusDays(1).atStartOfDay(calendar.zone()).toOffsetDateTime()).getResultList();
        for (Object[] row : passed) {
            praised.add(new BulletinContent.Named(BulletinContent.Named.VILLAGE, (String) row[0], (String) row[1],
                    "通过验收，得分 " + ((BigDecimal) row[2]).stripTrailingZeros().toPlainString()));
        }
        Map<String, String> villageNames = new HashMap<>();
        Map<String, Integer> missedByVillage = new TreeMap<>();
        duty.stream().filter(g -> g.standing() == ReportDuty.Standing.MISSING).forEach(g -> {
            villageNames.put(g.villageCode(), g.villageName());
            missedByVillage.merge(g.villageCode(), 1, Integer::sum);
        });
        Map<String, Integer> overdueByVillage = new TreeMap<>();
        for (Object[] row : rows("select o.village_code, max(c.village_name), count(*) from overdue_measure o join case_file c"
                + " on c.case_id = o.case_id where o.village_code like ?1 and o.deadline between ?2 and ?3 group by o.village_code",
                scope, from, to)) {
            villageNames.put((String) row[0], (String) row[1]);
            overdueByVillage.put((String) row[0], n(row[2]));
        }
        for (String village : new TreeSet<>(villageNames.keySet())) {
            List<String> reasons = new ArrayList<>();
            if (missedByVillage.containsKey(village)) {
                reasons.add("周报逾期未报 " + missedByVillage.get(village) + " 份");
            }
            if (overdueByVillage.containsKey(village)) {
                reasons.add("整改措施逾期 " + overdueByVillage.get(village) + " 项");
            }
            criticized.add(new BulletinContent.Named(BulletinContent.Named.VILLAGE, village, villageNames.get(village),
                    String.join("，", reasons)));
        }
        return new BulletinContent(ranking, praised, criticized);
    }

    /** The weekly-report duty of the weeks whose deadline falls in the period. */
    private List<WeeklyReports.Gap> weeks(String division, LocalDate from, LocalDate to) {
        ReportWeek first = ReportWeek.of(from);
        ReportWeek last = ReportWeek.of(to);
        if (last.monday().plusDays(6).isAfter(to)) {
            last = last.previous();
        }
        return first.compareTo(last) > 0 ? List.of() : reports.standings(division, null, first, last);
    }

    private static int standing(List<WeeklyReports.Gap> owed, ReportDuty.Standing standing) {
        return (int) owed.stream().filter(g -> g.standing() == standing).count();
    }

    private Map<String, Integer> counts(String sql, String scope, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new HashMap<>();
        rows(sql, scope, from, to).forEach(row -> counts.put((String) row[0], n(row[1])));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String scope, LocalDate from, LocalDate to) {
        var query = em.createNativeQuery(sql).setParameter(1, scope);
        if (from != null) {
            query.setParameter(2, from).setParameter(3, to);
        }
        return query.getResultList();
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }
}
