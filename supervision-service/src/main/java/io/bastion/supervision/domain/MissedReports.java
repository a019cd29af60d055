package io.bastion.supervision.domain;

import io.bastion.platform.events.EventOutbox;
import io.bastion.platform.schedule.Sweep;
import io.bastion.supervision.events.WeeklyReportEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Alerts each weekly report missing after its deadline, once per case and week
 * ({@code bastion.supervision.weekly-report-missed.v1}), looking back over the last weeks.
 */
@ApplicationScoped
public class MissedReports implements Sweep {

    static final int WEEKS_BACK = 8;

    @Inject
    CountyFacts facts;

    @Inject
    WeeklyReports reports;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    EventOutbox outbox;

    @Inject
    Notifications notifications;

    @Override
    public String intervalProperty() {
        return "bastion.supervision.missed-report-scan";
    }

    @Override
    public void run() {
        scan();
    }

    /** Alerts what is missing now and was not alerted before; returns how many it alerted. */
    public int scan() {
        OffsetDateTime now = reports.now();
        ReportWeek last = ReportWeek.of(now.atZoneSameInstant(calendar.zone()).toLocalDate()).previous();
        ReportWeek first = last.minusWeeks(WEEKS_BACK - 1);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WeeklyReports.Gap> missing = reports.standings("", null, first, last).stream()
                    .filter(g -> g.standing() == ReportDuty.Standing.MISSING).toList();
            int alerted = 0;
            for (WeeklyReports.Gap g : missing) {
                int claimed = em.createNativeQuery("insert into missed_report (case_id, week, village_code, alerted_at)"
                                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                        .setParameter(1, g.caseId()).setParameter(2, g.week()).setParameter(3, g.villageCode()).setParameter(4, now)
                        .executeUpdate();
                if (claimed == 1) {
                    String missed = g.caseId() + ":" + g.week();
                    facts.record("missed-report", missed, List.of(Fact.once(Figure.WEEKLY_REPORTS_MISSED, missed, g.villageCode(),
                            g.townshipCode(), calendar.day(g.deadline()), g.grade())));
                    outbox.append(new WeeklyReportEvent(WeeklyReportEvent.MISSED, null, g.caseId(), g.villageCode(), g.townshipCode(),
                            g.grade(), g.week(), g.deadline(), null, null));
                    notifications.notify(Notifications.TOWNSHIP_OPERATOR, g.townshipCode(), "weekly-report-missed", g.villageCode(),
                            g.caseId().toString(), List.of(g.villageName(), g.week()));
                    alerted++;
                }
            }
            return alerted;
        });
    }
}
