package io.bastion.assistance.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A case paired with a county leader (its contact) or with a unit in one form of help. */
@Entity
@Table(name = "pairing")
public class Pairing extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PairingForm form;

    @Column(name = "leader_id")
    public UUID leaderId;

    @Column(name = "unit_id")
    public UUID unitId;

    /** The people the unit sent: the work team's members, or the one instructor, cadre or first secretary. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] envoys;

    /** A first secretary who is the secretary of an urban-rural paired joint branch (城乡结对联合党支部). */
    @Column(name = "joint_branch_secretary", nullable = false)
    public boolean jointBranchSecretary;

    /** The leader's or unit's account, which the pairing events carry for other services' scoping. */
    @Column(name = "partner_account", nullable = false)
    public String partnerAccount;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;

    /** The pairing that took over from this one in a handover. */
    @Column(name = "handed_over_to")
    public UUID handedOverTo;

    @Column(nullable = false)
    public boolean active;
}
