package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The campaign at a glance, each figure counted from the records this service keeps. */
@ApplicationScoped
public class Dashboard {

    /** Cases of one township by status. */
    public record Township(String townshipCode, long cases, Map<String, Long> byStatus) {
    }

    public record Figures(Integer campaignYear, long cases, Map<String, Long> casesByStatus, Map<String, Long> casesByGrade,
                          List<Township> townships, Map<String, Long> plansByStage, Map<String, Long> plansByReturns,
                          long plansBeyondUsualRounds, WeeklyReports.Compliance reporting, String reportingFrom, String reportingTo,
                          long acceptancesPassed, long acceptancesFailed, long findingsOpen, long findingsOverdue, long measuresOverdue) {
    }

    @Inject
    EntityManager em;

    @Inject
    WeeklyReports reports;

    @Inject
    SupervisionCalendar calendar;

    /** The figures for the caller's division and, if given, one campaign year; reporting over the last four weeks due. */
    public Figures figures(String scope, Integer year) {
        String cases = "from case_file c where c.village_code like ?1" + (year == null ? "" : " and c.campaign_year = ?2");
        Map<String, Long> byStatus = grouped("select c.status, count(*) " + cases + " group by c.status", scope, year);
        Map<String, Long> byGrade = grouped("select c.grade, count(*) " + cases + " group by c.grade", scope, year);
        Map<String, Map<String, Long>> perTownship = new TreeMap<>();
        for (Object[] row : rows("select c.township_code, c.status, count(*) " + cases + " group by c.township_code, c.status", scope, year)) {
            perTownship.computeIfAbsent((String) row[0], t -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        List<Township> townships = perTownship.entrySet().stream()
                .map(e -> new Township(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
        String plans = "from plan_file p where p.village_code like ?1" + (year == null ? "" : " and p.campaign_year = ?2");
        Map<String, Long> byStage = grouped("select p.stage, count(*) " + plans + " group by p.stage", scope, year);
        Map<String, Long> byReturns = grouped("select case when p.returns >= 3 then '3+' else cast(p.returns as text) end, count(*) "
                + plans + " group by 1", scope, year);
        long beyond = count("select count(*) " + plans + " and p.beyond_usual_rounds", scope, year);
        ReportWeek last = ReportWeek.of(calendar.today()).previous();
        ReportWeek first = last.minusWeeks(3);
        List<WeeklyReports.Compliance> all = WeeklyReports.compliance(reports.standings(scope, null, first, last), g -> "all");
        WeeklyReports.Compliance reporting = all.isEmpty() ? new WeeklyReports.Compliance("all", 0, 0, 0, 0, 0, null, null) : all.get(0);
        return new Figures(year, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, byGrade, townships, byStage,
                byReturns, beyond, reporting, first.toString(), last.toString(),
                count("select count(*) from acceptance a where a.village_code like ?1 and a.status = 'PASSED'", scope, null),
                count("select count(*) from acceptance a where a.village_code like ?1 and a.status = 'FAILED'", scope, null),
                count("select count(*) from inspection_finding f where f.village_code like ?1 and f.status <> 'CLOSED'", scope, null),
                countWithDate("select count(*) from inspection_finding f where f.village_code like ?1 and f.status <> 'CLOSED'"
                        + " and f.correction_deadline < ?2", scope, calendar.today()),
                count("select count(*) from overdue_measure o where o.village_code like ?1 and o.resolved_at is null", scope, null));
    }

    private Map<String, Long> grouped(String sql, String scope, Integer year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows(sql + " order by 1", scope, year).forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String scope, Integer year) {
        var query = em.createNativeQuery(sql).setParameter(1, scope + "%");
        if (year != null && sql.contains("?2")) {
            query.setParameter(2, year);
        }
        return (List<Object[]>) query.getResultList();
    }

    private long count(String sql, String scope, Integer year) {
        var query = em.createNativeQuery(sql).setParameter(1, scope + "%");
        if (year != null && sql.contains("?2")) {
            query.setParameter(2, year);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private long countWithDate(String sql, String scope, LocalDate date) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, scope + "%").setParameter(2, date).getSingleResult()).longValue();
    }
}
