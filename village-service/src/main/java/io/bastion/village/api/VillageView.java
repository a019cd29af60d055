package io.bastion.village.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.village.domain.RectificationCase;
import io.bastion.village.domain.Village;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Village", description = "A village in the registry, keyed by its 12-digit statistical division code.")
public record VillageView(
        @Schema(example = "410423203201", description = "12-digit statistical division code") String code,
        @Schema(example = "熊背村") String name,
        @Schema(example = "410423203", description = "9-digit code of the township") String township,
        @Schema(example = "410423", description = "6-digit code of the county") String county,
        @Schema(example = "220", description = "urban-rural classification code: 111 112 121 122 123 210 220") String urbanRuralClass,
        @Schema(example = "512") Integer households,
        @Schema(example = "2046") Integer population,
        @Schema(example = "47") Integer partyMembers,
        @Schema(example = "BRANCH", enumeration = {"BRANCH", "GENERAL_BRANCH", "COMMITTEE"}) String partyOrganizationForm,
        @Schema(description = "status of the village's latest case; absent when it never was a case",
                enumeration = {"IDENTIFIED", "PLANNING", "RECTIFYING", "ACCEPTANCE", "CONSOLIDATING", "WRITTEN_OFF", "RELAPSED"})
        String status,
        @Schema(description = "key-contact grade of the latest case", enumeration = {"CITY_B", "COUNTY_C", "NONE"}) String grade,
        @Schema(description = "campaign year of the latest case", example = "2026") Integer campaignYear,
        @Schema(description = "the latest case; absent when the village never was a case") UUID caseId,
        @Schema(description = "the latest case's version: a change to it moves the village in the changes feed", example = "4")
        Integer caseVersion,
        @Schema(example = "3", description = "bumped by every change to the register entry; the ETag") int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The village, with the status and grade of its latest case when it has one. */
    static VillageView of(Village v, RectificationCase latest) {
        return new VillageView(v.code, v.name, v.township(), v.code.substring(0, 6), v.urbanRuralClass, v.households,
                v.population, v.partyMembers, v.partyOrganizationForm == null ? null : v.partyOrganizationForm.name(),
                latest == null ? null : latest.status.name(), latest == null ? null : latest.grade.name(),
                latest == null ? null : latest.campaignYear, latest == null ? null : latest.id,
                latest == null ? null : latest.version, v.version, v.createdAt, v.updatedAt);
    }
}
