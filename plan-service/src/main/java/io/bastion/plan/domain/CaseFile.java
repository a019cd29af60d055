package io.bastion.plan.domain;

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

/** A case as village-service's events tell it: what its plan must address and where it belongs. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    /** Statuses in which a case may get its plan: identified, or already planning. */
    static final List<String> PLANNABLE = List.of("IDENTIFIED", "PLANNING");

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

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public String status;

    @Column(name = "rectify_deadline")
    public LocalDate rectifyDeadline;

    @Column(name = "case_version", nullable = false)
    public int caseVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> categoryList() {
        return List.of(categories);
    }
}
