package io.bastion.assistance.domain;

import java.math.BigDecimal;

/** What help a village, a township or a unit received or gave, summed from the records; money in 万元. */
public record HelpTotals(String key, long visits, long researchTrips, long projects, BigDecimal projectAmount, long fundsGiven,
                         BigDecimal fundsAmount, BigDecimal roadKm, BigDecimal roadAmount, long waterHouseholds, BigDecimal waterAmount,
                         long biogasHouseholds, BigDecimal biogasAmount, long venues, BigDecimal venueArea, BigDecimal venueAmount,
                         long trainingSessions, long peopleTrained, long practicalMatters, long petitionRisksResolved) {
}
