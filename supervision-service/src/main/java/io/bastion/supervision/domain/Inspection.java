package io.bastion.supervision.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An announced or unannounced inspection (明察暗访) of a village. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    public enum Kind { ANNOUNCED, UNANNOUNCED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    /** The village's case at the time, if it had one. */
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] inspectors;

    @Column(nullable = false)
    public String summary;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
