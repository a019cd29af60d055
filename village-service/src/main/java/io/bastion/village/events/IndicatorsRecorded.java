package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.VillageIndicator;

import java.math.BigDecimal;

/** A village's figures for a year were recorded or replaced; money in 万元, area in m². */
public record IndicatorsRecorded(
        String villageCode,
        String townshipCode,
        int year,
        int partyMembersDeveloped,
        int activistsDeveloped,
        boolean venueBuilt,
        BigDecimal venueAreaM2,
        BigDecimal venueInvestment,
        BigDecimal collectiveIncome,
        boolean backwardToAdvanced,
        boolean financiallyAudited,
        int rulesEstablished,
        int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.indicators-recorded.v1";

    public static IndicatorsRecorded of(VillageIndicator i) {
        return new IndicatorsRecorded(i.villageCode, i.villageCode.substring(0, 9), i.year, i.partyMembersDeveloped,
                i.activistsDeveloped, i.venueBuilt, i.venueAreaM2, i.venueInvestment, i.collectiveIncome, i.backwardToAdvanced,
                i.financiallyAudited, i.rulesEstablished, i.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
