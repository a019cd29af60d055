package io.bastion.supervision.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What an inspection found, the correction it requires by when, and how that correction went. */
@Entity
@Table(name = "inspection_finding")
public class Finding extends VersionedRecord {

    public enum Severity { MINOR, SERIOUS, CRITICAL }

    /** OPEN until the township reports the correction, CORRECTED until the inspectors accept it (CLOSED) or not (OPEN again). */
    public enum Status { OPEN, CORRECTED, CLOSED }

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "correction_required", nullable = false)
    public String correctionRequired;

    @Column(name = "correction_deadline", nullable = false)
    public LocalDate correctionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "correction_note")
    public String correctionNote;

    @Column(name = "corrected_at")
    public OffsetDateTime correctedAt;

    @Column(name = "verification_note")
    public String verificationNote;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** Not closed and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status != Status.CLOSED && correctionDeadline.isBefore(today);
    }
}
