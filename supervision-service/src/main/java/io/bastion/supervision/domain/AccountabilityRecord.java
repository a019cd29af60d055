package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Accountability (追究责任): who was held to account for which failed task, on what ground, and how. */
@Entity
@Table(name = "accountability")
public class AccountabilityRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "village_code")
    public String villageCode;

    @Column(name = "failed_task", nullable = false)
    public String failedTask;

    /** What it rests on: WEEKLY_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCE, INSPECTION_FINDING, INTERVIEW_NOT_KEPT or OTHER. */
    @Column(nullable = false)
    public String ground;

    /** The record it rests on, e.g. a finding's or an interview's id. */
    public String reference;

    /** The people held to account, as JSON: [{name, post, unit, sanction}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String persons;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The body that decided it, e.g. 县纪委. */
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
