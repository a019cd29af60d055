package io.bastion.plan.domain;

import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;

/** The county's calendar: what day it is there, and when a campaign year's campaign ends. */
@ApplicationScoped
public class CampaignCalendar {

    @ConfigProperty(name = "bastion.plan.campaign-span-years")
    int spanYears;

    @ConfigProperty(name = "bastion.plan.zone")
    ZoneId zone;

    public LocalDate today() {
        return Now.today(zone);
    }

    /** The last day of the campaign that identified cases in {@code campaignYear}. */
    public LocalDate end(int campaignYear) {
        return LocalDate.of(campaignYear + spanYears - 1, 12, 31);
    }
}
