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

/** What was done on a measure, as the township reported it; never overwritten. */
@Entity
@Table(name = "measure_progress")
public class ProgressEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(nullable = false)
    public int percent;

    @Column(nullable = false)
    public String note;

    /** References to evidence kept elsewhere: document numbers, photo ids, file addresses. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] evidence;

    /** Whether this report declared the measure done. */
    @Column(nullable = false)
    public boolean completes;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
