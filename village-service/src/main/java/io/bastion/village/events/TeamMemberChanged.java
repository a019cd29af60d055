package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.TeamMember;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A team member was appointed, changed, left, or voided as entered by mistake ({@code voided}: it
 * counts as nothing). No name, ID-card or phone number: consumers count
 * appointments and adjustments, and have no right to the person.
 */
public record TeamMemberChanged(
        UUID memberId,
        String villageCode,
        String townshipCode,
        String role,
        String committee,
        String appointmentSource,
        boolean incumbent,
        LocalDate startedOn,
        LocalDate endedOn,
        String leavingReason,
        boolean voided,
        int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.team-member-changed.v1";

    public static TeamMemberChanged of(TeamMember m) {
        return new TeamMemberChanged(m.id, m.villageCode, m.villageCode.substring(0, 9), m.role.name(),
                m.committee == null ? null : m.committee.name(), m.appointmentSource.name(), m.incumbent, m.startedOn, m.endedOn,
                m.leavingReason == null ? null : m.leavingReason.name(), m.voided(), m.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
