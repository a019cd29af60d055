package io.bastion.plan.domain;

import io.bastion.platform.schedule.Sweep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks for overdue measures now and then ({@code bastion.plan.overdue-scan}), on the county's calendar. */
@ApplicationScoped
public class OverdueSweep implements Sweep {

    @Inject
    OverdueWatch watch;

    @Inject
    CampaignCalendar calendar;

    @ConfigProperty(name = "bastion.plan.overdue-scan")
    String every;

    @Override
    public String name() {
        return "overdue-measure-scan";
    }

    @Override
    public String every() {
        return every;
    }

    @Override
    public void run() {
        watch.scan(calendar.today());
    }
}
