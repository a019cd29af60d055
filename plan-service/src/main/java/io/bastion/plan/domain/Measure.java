package io.bastion.plan.domain;

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

/** A measure of a plan: written in the draft, carried out after approval. */
@Entity
@Table(name = "plan_measure")
public class Measure extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public int position;

    @Column(name = "problem_key", nullable = false)
    public String problemKey;

    @Column(nullable = false)
    public String action;

    public String remedy;

    @Column(name = "responsible_person")
    public String responsiblePerson;

    @Column(name = "responsible_post")
    public String responsiblePost;

    @Column(name = "responsible_unit")
    public String responsibleUnit;

    public LocalDate deadline;

    @Column(name = "expected_result")
    public String expectedResult;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status;

    /** Percent done, as last reported. */
    @Column(nullable = false)
    public int progress;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** The deadline whose passing was last reported, so it is reported once per deadline. */
    @Column(name = "overdue_reported_for")
    public LocalDate overdueReportedFor;

    public MeasureDraft toDraft() {
        return new MeasureDraft(key, problemKey, action, remedy, responsiblePerson, responsiblePost, responsibleUnit,
                deadline, expectedResult);
    }

    /** Takes a normalised draft's values ({@link PlanDraft#normalized()}). */
    void apply(MeasureDraft draft, int position) {
        this.key = draft.key();
        this.position = position;
        this.problemKey = draft.problem();
        this.action = draft.action();
        this.remedy = draft.remedy();
        this.responsiblePerson = draft.responsiblePerson();
        this.responsiblePost = draft.responsiblePost();
        this.responsibleUnit = draft.responsibleUnit();
        this.deadline = draft.deadline();
        this.expectedResult = draft.expectedResult();
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == MeasureStatus.OPEN && deadline != null && deadline.isBefore(today);
    }
}
