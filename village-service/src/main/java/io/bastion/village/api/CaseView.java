package io.bastion.village.api;

import io.bastion.village.domain.CaseLifecycle;
import io.bastion.village.domain.RectificationCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Case", description = "A weak or lax village Party organization identified in a campaign year, and where it stands.")
public record CaseView(
        UUID id,
        @Schema(example = "410423203201") String villageCode,
        @Schema(example = "410423203") String township,
        @Schema(example = "2026") int campaignYear,
        @Schema(description = "the day it was identified", example = "2026-03-12") LocalDate identifiedOn,
        @Schema(enumeration = {"IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING", "WRITTEN_OFF", "RELAPSED"}) String status,
        @Schema(example = "[\"TEAM_INCOMPLETE\", \"DISCLOSURE_CHAOS\"]") List<String> categories,
        String otherBasis,
        @Schema(example = "书记长期缺职，村务公开不及时") String basis,
        @Schema(enumeration = {"SCREENING", "REFERRAL_DISCIPLINE", "REFERRAL_PETITION", "REFERRAL_POLITICAL_LEGAL",
                "DIRECT_CRITERION", "FOLLOW_UP_VISIT"}) String source,
        String sourceDetail,
        @Schema(example = "12") int talksHeld,
        @Schema(example = "25") int suggestionsCollected,
        @Schema(example = "40") int questionnaires,
        boolean hardCase,
        @Schema(example = "[\"SECRETARY_LONG_VACANT\"]") List<String> hardCaseFlags,
        @Schema(description = "the county's decision", enumeration = {"CITY_B", "COUNTY_C", "NONE"}) String grade,
        @Schema(description = "the grade the township proposes, until the county decides one",
                enumeration = {"CITY_B", "COUNTY_C", "NONE"}) String proposedGrade,
        UUID previousCaseId,
        LocalDate rectifyDeadline,
        @Schema(description = "the moves the lifecycle has from here, each made when the step that decides it is recorded") List<String> allowedTransitions,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static CaseView of(RectificationCase c) {
        return new CaseView(c.id, c.villageCode, c.township(), c.campaignYear, c.identifiedOn, c.status.name(), List.of(c.categories),
                c.otherBasis, c.basis, c.source.name(), c.sourceDetail, c.talksHeld, c.suggestionsCollected, c.questionnaires,
                c.hardCase(), List.of(c.hardCaseFlags), c.grade.name(), c.proposedGrade == null ? null : c.proposedGrade.name(),
                c.previousCaseId, c.rectifyDeadline,
                CaseLifecycle.allowedFrom(c.status).stream().map(Enum::name).toList(), c.version, c.createdAt, c.updatedAt);
    }
}
