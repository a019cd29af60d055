package io.bastion.plan.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case's one-village-one-policy plan (一村一策). Its problems and the two township meetings are
 * kept as JSON (see {@link PlanJson}); its measures are {@link Measure} rows.
 */
@Entity
@Table(name = "plan")
public class Plan extends VersionedRecord {

    /** A plan returned more often than this has taken more than the usual one or two rounds. */
    public static final int USUAL_RETURNS = 2;

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "campaign_year", nullable = false)
    public int campaignYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStage stage;

    @Column(nullable = false)
    public String goals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String problems;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "committee_meeting")
    public String committeeMeeting;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "representatives_meeting")
    public String representativesMeeting;

    /** How many times the township has submitted it; the number of the latest snapshot. */
    @Column(nullable = false)
    public int submissions;

    /** How many audit rounds returned it. */
    @Column(nullable = false)
    public int returns;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    /** More than the usual one or two rounds of return: the county's lists and statistics flag it. */
    public boolean beyondUsualRounds() {
        return returns > USUAL_RETURNS;
    }
}
