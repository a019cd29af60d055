package io.bastion.supervision.domain;

import io.bastion.platform.schedule.Sweep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reminds a township, shortly before a weekly report's deadline (`bastion.supervision.reminder-before`),
 * of each of its cases whose report for the week is not in; once per case and week.
 */
@ApplicationScoped
public class ReportReminders implements Sweep {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ConfigProperty(name = "bastion.supervision.reminder-before")
    Duration before;

    @Inject
    WeeklyReports reports;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @Override
    public String intervalProperty() {
        return "bastion.supervision.reminder-scan";
    }

    @Override
    public void run() {
        scan();
    }

    /** Sends the reminders due now and not sent before; returns how many it sent. */
    public int scan() {
        OffsetDateTime now = reports.now();
        ReportWeek week = ReportWeek.of(now.atZoneSameInstant(calendar.zone()).toLocalDate());
        OffsetDateTime deadline = week.deadline(calendar.zone());
        if (now.isBefore(deadline.minus(before))) {
            return 0;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WeeklyReports.Gap> pending = reports.standings("", null, week, week).stream()
                    .filter(g -> g.standing() == ReportDuty.Standing.PENDING).toList();
            int sent = 0;
            for (WeeklyReports.Gap g : pending) {
                int claimed = em.createNativeQuery("insert into report_reminder (case_id, week, sent_at) values (?1, ?2, ?3) on conflict do nothing")
                        .setParameter(1, g.caseId()).setParameter(2, g.week()).setParameter(3, now).executeUpdate();
                if (claimed == 1) {
                    notifications.notify(Notifications.TOWNSHIP_OPERATOR, g.townshipCode(), "weekly-report-due", g.villageCode(),
                            g.caseId().toString(), List.of(g.villageName(), g.week(),
                                    deadline.atZoneSameInstant(calendar.zone()).format(SHOWN)));
                    sent++;
                }
            }
            return sent;
        });
    }
}
