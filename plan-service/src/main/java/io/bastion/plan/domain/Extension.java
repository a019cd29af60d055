package io.bastion.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to move a measure's deadline, with its reason, and the county's decision on it. */
@Entity
@Table(name = "measure_extension")
public class Extension extends PanacheEntityBase {

    public enum Status { PENDING, GRANTED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "current_deadline", nullable = false)
    public LocalDate currentDeadline;

    @Column(name = "requested_deadline", nullable = false)
    public LocalDate requestedDeadline;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;
}
