package io.bastion.village.api;

import io.bastion.village.domain.VillageIndicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(name = "VillageIndicators", description = "A village's figures for a year. Money in 万元, area in m².")
public record IndicatorView(
        @Schema(example = "410423203201") String villageCode,
        @Schema(example = "2026") int year,
        @Schema(example = "2") int partyMembersDeveloped,
        @Schema(example = "5") int activistsDeveloped,
        boolean venueBuilt,
        @Schema(example = "260.0") BigDecimal venueAreaM2,
        @Schema(example = "35.00") BigDecimal venueInvestment,
        @Schema(example = "6.50", description = "collective income of the year, 万元") BigDecimal collectiveIncome,
        boolean backwardToAdvanced,
        @Schema(description = "the village's finances were audited this year") boolean financiallyAudited,
        @Schema(example = "3", description = "village rules and working procedures established or revised this year") int rulesEstablished,
        int version,
        OffsetDateTime updatedAt) {

    static IndicatorView of(VillageIndicator i) {
        return new IndicatorView(i.villageCode, i.year, i.partyMembersDeveloped, i.activistsDeveloped, i.venueBuilt,
                i.venueAreaM2, i.venueInvestment, i.collectiveIncome, i.backwardToAdvanced, i.financiallyAudited,
                i.rulesEstablished, i.version, i.updatedAt);
    }
}
