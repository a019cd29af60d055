package io.bastion.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A submitted version of a plan, as it was: immutable, what the county evaluated and audited. */
@Entity
@Table(name = "plan_submission")
public class Submission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(nullable = false, updatable = false)
    public int number;

    /** The plan as the township submitted it (a {@link PlanDraft}), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String snapshot;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public OffsetDateTime submittedAt;
}
