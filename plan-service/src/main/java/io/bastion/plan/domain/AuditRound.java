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

/** Step three: one numbered round of the audit, its findings, judgements and decision; kept, never overwritten. */
@Entity
@Table(name = "plan_audit")
public class AuditRound extends PanacheEntityBase {

    public enum Decision { RETURN, APPROVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public int submission;

    @Column(nullable = false)
    public String decision;

    /** The machine check's findings at the time, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String findings;

    /** The auditor's judgement per rule, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String judgements;

    /** The reasons for a return, as a JSON list. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String reasons;

    @Column(name = "audited_by", nullable = false)
    public String auditedBy;

    @Column(name = "audited_at", nullable = false)
    public OffsetDateTime auditedAt;
}
