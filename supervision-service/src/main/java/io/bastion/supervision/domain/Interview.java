package io.bastion.supervision.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An admonitory interview (约谈) of a township's principal leaders, and whether its commitments were kept. */
@Entity
@Table(name = "interview")
public class Interview extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "interviewed_on", nullable = false)
    public LocalDate interviewedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] interviewers;

    /** Who was interviewed, as JSON: [{name, post}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String interviewees;

    /** The rules that proposed it, or why it was held otherwise. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] grounds;

    @Column(nullable = false)
    public String issues;

    @Column(nullable = false)
    public String commitments;

    @Column(name = "follow_up_by", nullable = false)
    public LocalDate followUpBy;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;

    @Column(name = "follow_up_note")
    public String followUpNote;

    /** Whether the commitments were kept, as the follow-up found; null until then. */
    public Boolean kept;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
