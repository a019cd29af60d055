package io.bastion.supervision.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One acceptance (验收) of a case: requested when the township thinks it transformed, then scored. */
@Entity
@Table(name = "acceptance")
public class Acceptance extends VersionedRecord {

    public enum Status { REQUESTED, PASSED, FAILED }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    /** The case's first, second, … acceptance. */
    @Column(nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "request_note")
    public String requestNote;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** The score per checklist item, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String scores;

    public BigDecimal score;

    @Column(name = "party_members_respondents")
    public Integer partyMembersRespondents;

    @Column(name = "party_members_dissatisfied")
    public Integer partyMembersDissatisfied;

    @Column(name = "representatives_respondents")
    public Integer representativesRespondents;

    @Column(name = "representatives_dissatisfied")
    public Integer representativesDissatisfied;

    @Column(name = "new_deadline")
    public LocalDate newDeadline;

    @Column(name = "assessment_note")
    public String assessmentNote;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;
}
