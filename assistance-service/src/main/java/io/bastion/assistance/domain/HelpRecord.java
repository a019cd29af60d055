package io.bastion.assistance.domain;

import io.bastion.platform.domain.VoidableRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One piece of help given, as it was recorded and corrected since; money in 万元, roads in km, venues
 * in m². A voided record stays to be read, with who voided it and why, and counts nowhere.
 */
@Entity
@Table(name = "help_record")
// When it was recorded is when the record was created: one column, recorded_at, for both.
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", nullable = false))
public class HelpRecord extends VoidableRecord {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HelpKind kind;

    /** The village helped; absent for a training held for a whole township. */
    @Column(name = "village_code")
    public String villageCode;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "leader_id")
    public UUID leaderId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "happened_on", nullable = false)
    public LocalDate happenedOn;

    @Column(nullable = false)
    public String title;

    public String note;

    @Column(name = "project_kind")
    public String projectKind;

    @Column(name = "amount_wan")
    public BigDecimal amountWan;

    @Column(name = "length_km")
    public BigDecimal lengthKm;

    public Integer households;

    @Column(name = "area_m2")
    public BigDecimal areaM2;

    public Integer sessions;

    @Column(name = "people_trained")
    public Integer peopleTrained;

    @Column(name = "petition_risks_resolved")
    public Integer petitionRisksResolved;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;


    /** Takes what the draft says, as a new record or as a correction of this one. */
    void apply(HelpDraft draft) {
        kind = draft.helpKind();
        villageCode = draft.villageCode();
        townshipCode = draft.township();
        leaderId = draft.leaderId();
        unitId = draft.unitId();
        happenedOn = draft.date();
        title = draft.title().trim();
        note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        projectKind = draft.projectKind() == null ? null : draft.projectKind().trim();
        // As the columns keep them, so the answer to this request reads as every later one will.
        amountWan = hundredths(draft.amount());
        lengthKm = hundredths(draft.lengthKm());
        households = draft.households();
        areaM2 = hundredths(draft.areaM2());
        sessions = draft.sessions();
        peopleTrained = draft.peopleTrained();
        petitionRisksResolved = draft.petitionRisksResolved();
    }

    /** Whether the record already says what the draft says, as it would keep it (trimmed, to the hundredth). */
    boolean says(HelpDraft draft) {
        HelpRecord kept = new HelpRecord();
        kept.apply(draft);
        return kept.toDraft().equals(toDraft());
    }

    private static BigDecimal hundredths(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The record as a draft: what a correction patches, and what decides who may touch it. */
    public HelpDraft toDraft() {
        return new HelpDraft(kind.name(), villageCode, villageCode == null ? townshipCode : null, leaderId, unitId, happenedOn, title,
                note, projectKind, amountWan, lengthKm, households, areaM2, sessions, peopleTrained, petitionRisksResolved);
    }
}
