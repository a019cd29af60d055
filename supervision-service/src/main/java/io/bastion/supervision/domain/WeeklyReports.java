package io.bastion.supervision.domain;

import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.AuditTrail;
import io.bastion.platform.domain.Conflict;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.events.EventOutbox;
import io.bastion.supervision.events.WeeklyReportEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** The weekly-report duty (周报制度): reports received, and how each township, grade or case keeps to it. */
@ApplicationScoped
public class WeeklyReports {

    /** How a township, a grade or a case kept to the duty over a range of weeks; rates over the weeks already due. */
    public record Compliance(String key, int expected, int onTime, int late, int missing, int pending, Double reportingRate,
                             Double onTimeRate) {
    }

    /** A case-week owed and not (yet) reported. */
    public record Gap(UUID caseId, String villageCode, String villageName, String townshipCode, String grade, String week,
                      OffsetDateTime deadline, ReportDuty.Standing standing) {
    }

    @Inject
    CountyFacts facts;

    @Inject
    EntityManager em;

    @Inject
    CaseFiles cases;

    @Inject
    ReportObligations obligations;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    EventOutbox outbox;

    @Inject
    AuditTrail audit;

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    public WeeklyReport submit(ReportDraft draft, Actor actor) {
        List<Violation> v = draft.violations();
        if (!v.isEmpty()) {
            throw new InvalidInput("invalid-report", v);
        }
        ReportWeek week = ReportWeek.parse(draft.week()).orElseThrow();
        CaseFile c = cases.locked(draft.caseId());
        OffsetDateTime now = now();
        if (week.start(calendar.zone()).isAfter(now)) {
            throw new InvalidInput("invalid-report", new Violation("week", "week-started", week.toString()));
        }
        if (!ReportDuty.owed(obligations.of(c.caseId), week, calendar.zone())) {
            throw new InvalidInput("invalid-report", new Violation("week", "week-owed", week.toString(), c.villageName));
        }
        boolean exists = !em.createQuery("select r.id from WeeklyReport r where r.caseId = :c and r.week = :w", UUID.class)
                .setParameter("c", c.caseId).setParameter("w", week.toString()).getResultList().isEmpty();
        if (exists) {
            throw new Conflict("report-exists", c.villageName, week.toString());
        }
        WeeklyReport r = new WeeklyReport();
        r.id = UUID.randomUUID();
        r.caseId = c.caseId;
        r.villageCode = c.villageCode;
        r.townshipCode = c.townshipCode;
        r.week = week.toString();
        r.progress = draft.progress().trim();
        r.problems = draft.problems() == null || draft.problems().isBlank() ? null : draft.problems().trim();
        r.nextSteps = draft.nextSteps().trim();
        r.attachments = draft.attachmentList().toArray(String[]::new);
        r.submittedBy = actor.name();
        r.submittedAt = now;
        r.onTime = ReportDuty.onTime(now, week, calendar.zone());
        r.persist();
        facts.record("weekly-report", r.id.toString(), List.of(Fact.once(Figure.WEEKLY_REPORTS, r.id.toString(), r.villageCode,
                r.townshipCode, calendar.day(now), r.onTime ? "ON_TIME" : "LATE")));
        outbox.append(new WeeklyReportEvent(WeeklyReportEvent.SUBMITTED, r.id, c.caseId, c.villageCode, c.townshipCode, c.grade,
                r.week, week.deadline(calendar.zone()), r.onTime, r.submittedAt));
        audit.record(actor, "weekly-report.submit", "weekly-report", r.id.toString(), r.villageCode, draft);
        return r;
    }

    public List<WeeklyReport> list(UUID caseId, String week, String township, UUID after, int limit) {
        StringBuilder jpql = new StringBuilder("from WeeklyReport r where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (caseId != null) {
            jpql.append(" and r.caseId = :c");
            p.put("c", caseId);
        }
        if (week != null) {
            jpql.append(" and r.week = :w");
            p.put("w", week);
        }
        if (township != null) {
            jpql.append(" and r.townshipCode = :t");
            p.put("t", township);
        }
        if (after != null) {
            jpql.append(" and r.id > :after");
            p.put("after", after);
        }
        var query = em.createQuery(jpql + " order by r.id", WeeklyReport.class);
        p.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Every owed case-week from {@code from} to {@code to} in the scope, with how it stands now. */
    public List<Gap> standings(String scope, String township, ReportWeek from, ReportWeek to) {
        // The cases that ever owed a report, whatever their grade now: a downgraded case still owed the weeks before.
        List<CaseFile> keyContact = em.createQuery("from CaseFile c where c.villageCode like :scope"
                        + " and (:township is null or c.townshipCode = :township)"
                        + " and exists (select 1 from ReportObligation o where o.caseId = c.caseId) order by c.villageCode", CaseFile.class)
                .setParameter("scope", scope + "%").setParameter("township", township)
                .getResultList();
        Map<String, OffsetDateTime> reported = new TreeMap<>();
        // ISO weeks written YYYY-Www sort as text in time order.
        em.createQuery("select r.caseId, r.week, r.submittedAt from WeeklyReport r where r.villageCode like :scope"
                        + " and r.week between :from and :to", Object[].class)
                .setParameter("scope", scope + "%").setParameter("from", from.toString()).setParameter("to", to.toString()).getResultList()
                .forEach(row -> reported.put(row[0] + "|" + row[1], (OffsetDateTime) row[2]));
        OffsetDateTime now = now();
        List<Gap> all = new ArrayList<>();
        for (CaseFile c : keyContact) {
            List<ReportDuty.Stretch> stretches = obligations.of(c.caseId);
            if (stretches.isEmpty()) {
                continue;
            }
            for (ReportWeek w = from; w.compareTo(to) <= 0; w = w.next()) {
                if (ReportDuty.owed(stretches, w, calendar.zone())) {
                    all.add(new Gap(c.caseId, c.villageCode, c.villageName, c.townshipCode, c.grade, w.toString(),
                            w.deadline(calendar.zone()), ReportDuty.standing(reported.get(c.caseId + "|" + w), w, calendar.zone(), now)));
                }
            }
        }
        return all;
    }

    /** The standings summed by the key the grouping gives (a township, a grade, a case). */
    public static List<Compliance> compliance(List<Gap> standings, Function<Gap, String> by) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Gap g : standings) {
            counts.computeIfAbsent(by.apply(g), k -> new int[4])[g.standing().ordinal()]++;
        }
        List<Compliance> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            int due = n[0] + n[1] + n[2];
            rows.add(new Compliance(key, due + n[3], n[0], n[1], n[2], n[3], due == 0 ? null : round((n[0] + n[1]) / (double) due),
                    due == 0 ? null : round(n[0] / (double) due)));
        });
        return rows;
    }

    private static double round(double rate) {
        return Math.round(rate * 10000) / 10000.0;
    }
}
