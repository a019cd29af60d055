package io.bastion.assistance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as village-service's events tell it: where it is, how far it has come, and whether it has a contact. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "village_name", nullable = false)
    public String villageName;

    @Column(name = "campaign_year", nullable = false)
    public int campaignYear;

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public String status;

    @Column(name = "rectify_deadline")
    public LocalDate rectifyDeadline;

    @Column(name = "case_version", nullable = false)
    public int caseVersion;

    /** Since when the case has had no county-leader contact; null while it has one. */
    @Column(name = "uncovered_since")
    public OffsetDateTime uncoveredSince;

    @Column(name = "identified_at", nullable = false)
    public OffsetDateTime identifiedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
