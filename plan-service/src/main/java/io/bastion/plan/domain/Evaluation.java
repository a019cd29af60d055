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

/** Step two: the county's evaluation of a submission's feasibility and expected effect through the eight remedies. */
@Entity
@Table(name = "plan_evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int submission;

    @Column(nullable = false)
    public String feasibility;

    @Column(name = "expected_effect", nullable = false)
    public String expectedEffect;

    /** Written suggestions by remedy, as a JSON list of {@code {remedy, suggestion}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String suggestions;

    @Column(name = "evaluated_by", nullable = false)
    public String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    public OffsetDateTime evaluatedAt;
}
