package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A key-contact case's report for one ISO week (周报): progress, problems, next steps, attachments. */
@Entity
@Table(name = "weekly_report")
public class WeeklyReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(nullable = false)
    public String week;

    @Column(nullable = false)
    public String progress;

    public String problems;

    @Column(name = "next_steps", nullable = false)
    public String nextSteps;

    /** References to attachments kept elsewhere: document numbers, photo ids. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] attachments;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "on_time", nullable = false)
    public boolean onTime;
}
