package io.bastion.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case as village-service's events tell it: where it is, what it was identified for, how far it
 * has come. Each service that keeps it creates the {@code case_file} table in its own migrations.
 */
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories;

    /** CITY_B, COUNTY_C or NONE. */
    @Column(nullable = false)
    public String grade;

    /** The case's lifecycle status in village-service, e.g. RECTIFYING. */
    @Column(nullable = false)
    public String status;

    /** The deadline for rectification; set again when an acceptance fails. */
    @Column(name = "rectify_deadline")
    public LocalDate rectifyDeadline;

    /** The case's version in village-service: an event older than what is held changes nothing. */
    @Column(name = "case_version", nullable = false)
    public int caseVersion;

    /** When this service learned of the case. */
    /** The day village-service says the case was identified. */
    @Column(name = "identified_on", nullable = false)
    public LocalDate identifiedOn;

    @Column(name = "identified_at", nullable = false)
    public OffsetDateTime identifiedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> categoryList() {
        return List.of(categories);
    }
}
