package io.bastion.village.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A weak or lax village Party organization (软弱涣散村党组织) in one campaign year: the case. */
@Entity
@Table(name = "rectification_case")
public class RectificationCase extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "campaign_year", nullable = false)
    public int campaignYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories;

    @Column(name = "other_basis")
    public String otherBasis;

    @Column(nullable = false)
    public String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentificationSource source;

    @Column(name = "source_detail")
    public String sourceDetail;

    @Column(name = "talks_held", nullable = false)
    public int talksHeld;

    @Column(name = "suggestions_collected", nullable = false)
    public int suggestionsCollected;

    @Column(nullable = false)
    public int questionnaires;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hard_case_flags", nullable = false, columnDefinition = "text[]")
    public String[] hardCaseFlags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KeyContactGrade grade;

    /** The grade the township proposes, until the county decides one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public KeyContactGrade proposedGrade;

    /** The day the case was identified: today when entered, or an earlier day of its campaign. */
    @Column(name = "identified_on", nullable = false)
    public LocalDate identifiedOn;

    @Column(name = "previous_case_id")
    public UUID previousCaseId;

    /** The deadline for rectification; set again when an acceptance fails. */
    @Column(name = "rectify_deadline")
    public LocalDate rectifyDeadline;

    public boolean hardCase() {
        return hardCaseFlags.length > 0;
    }

    public String township() {
        return villageCode.substring(0, 9);
    }

    void apply(CaseDraft draft) {
        categories = draft.categories().toArray(String[]::new);
        otherBasis = blankToNull(draft.otherBasis());
        basis = draft.basis().trim();
        source = IdentificationSource.valueOf(draft.source());
        sourceDetail = blankToNull(draft.sourceDetail());
        talksHeld = draft.talksHeld() == null ? 0 : draft.talksHeld();
        suggestionsCollected = draft.suggestionsCollected() == null ? 0 : draft.suggestionsCollected();
        questionnaires = draft.questionnaires() == null ? 0 : draft.questionnaires();
        hardCaseFlags = draft.hardCaseFlags() == null ? new String[0] : draft.hardCaseFlags().toArray(String[]::new);
        KeyContactGrade decided = draft.grade() == null ? KeyContactGrade.NONE : KeyContactGrade.valueOf(draft.grade());
        boolean newlyDecided = grade != null && decided != grade;
        grade = decided;
        proposedGrade = newlyDecided || draft.proposedGrade() == null ? null : KeyContactGrade.valueOf(draft.proposedGrade());
        if (draft.identifiedOn() != null) {
            identifiedOn = draft.identifiedOn();
        }
    }

    /** The case as a draft: the starting point of a partial update. */
    public CaseDraft toDraft() {
        return new CaseDraft(villageCode, campaignYear, java.util.List.of(categories), otherBasis, basis, source.name(),
                sourceDetail, talksHeld, suggestionsCollected, questionnaires, java.util.List.of(hardCaseFlags), grade.name(),
                proposedGrade == null ? null : proposedGrade.name(), identifiedOn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
