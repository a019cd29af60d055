package io.bastion.plan.domain;

import io.bastion.platform.schedule.Sweep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Looks for overdue measures now and then ({@code bastion.plan.overdue-scan}), on the county's calendar. */
@ApplicationScoped
public class OverdueSweep implements Sweep {

    @Inject
    OverdueWatch watch;

    @Inject
    CampaignCalendar calendar;

    @Override
    public String intervalProperty() {
        return "bastion.plan.overdue-scan";
    }

    @Override
    public void run() {
        watch.scan(calendar.today());
    }
}
