package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The county's calendar and the campaign's periods: consolidation before write-off, then the follow-up visit. */
@ApplicationScoped
public class SupervisionCalendar {

    @ConfigProperty(name = "bastion.supervision.zone")
    ZoneId zone;

    @Inject
    Clock clock;

    @ConfigProperty(name = "bastion.supervision.consolidation-period")
    Duration consolidation;

    @ConfigProperty(name = "bastion.supervision.follow-up-after")
    Duration followUpAfter;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The county's day at an instant. */
    public LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first day a case that passed its acceptance on {@code passedOn} may be written off. */
    public LocalDate writeOffFrom(LocalDate passedOn) {
        return passedOn.plusDays(consolidation.toDays());
    }

    public LocalDate followUpDue(LocalDate writtenOffOn) {
        return writtenOffOn.plusDays(followUpAfter.toDays());
    }
}
