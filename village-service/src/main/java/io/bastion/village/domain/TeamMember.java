package io.bastion.village.domain;

import io.bastion.platform.domain.VoidableRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A person on a village's two committees or among its reserve cadres, for one tenure. */
@Entity
@Table(name = "team_member")
public class TeamMember extends VoidableRecord {

    @Id
    public UUID id;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "id_card_number")
    public String idCardNumber;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    @Enumerated(EnumType.STRING)
    public Committee committee;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_source", nullable = false)
    public AppointmentSource appointmentSource;

    @Column(name = "appointing_unit")
    public String appointingUnit;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leaving_reason")
    public LeavingReason leavingReason;

    @Column(name = "leaving_note")
    public String leavingNote;

    /** In office already when the campaign began: recorded, never counted as an appointment. */
    @Column(nullable = false)
    public boolean incumbent;

    /** A tenure not ended, and not voided as entered by mistake. */
    public boolean inOffice() {
        return endedOn == null && voidedOn == null;
    }


    void apply(TeamMemberDraft d) {
        name = d.name().trim();
        idCardNumber = ResidentIdNumber.normalized(blankToNull(d.idCardNumber()));
        phone = blankToNull(d.phone());
        role = TeamRole.valueOf(d.role());
        committee = d.committee() == null ? d.impliedCommittee() : Committee.valueOf(d.committee());
        appointmentSource = AppointmentSource.valueOf(d.appointmentSource());
        appointingUnit = blankToNull(d.appointingUnit());
        startedOn = d.startedOn();
        endedOn = d.endedOn();
        leavingReason = d.leavingReason() == null ? null : LeavingReason.valueOf(d.leavingReason());
        leavingNote = blankToNull(d.leavingNote());
        incumbent = Boolean.TRUE.equals(d.incumbent());
    }

    public TeamMemberDraft toDraft() {
        return new TeamMemberDraft(name, idCardNumber, phone, role.name(), committee == null ? null : committee.name(),
                appointmentSource.name(), appointingUnit, startedOn, endedOn,
                leavingReason == null ? null : leavingReason.name(), leavingNote, incumbent);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
