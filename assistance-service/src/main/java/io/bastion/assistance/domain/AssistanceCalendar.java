package io.bastion.assistance.domain;

import io.bastion.platform.domain.Now;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;

/** What day it is in the county. */
@ApplicationScoped
public class AssistanceCalendar {

    @ConfigProperty(name = "bastion.assistance.zone")
    ZoneId zone;

    public LocalDate today() {
        return Now.today(zone);
    }
}
