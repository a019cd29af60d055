package io.bastion.village.domain;

import io.bastion.platform.domain.CampaignYears;
import io.bastion.platform.domain.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A village's figures for a year as recorded; counts default to 0, flags to false. */
public record IndicatorDraft(
        Integer partyMembersDeveloped,
        Integer activistsDeveloped,
        Boolean venueBuilt,
        BigDecimal venueAreaM2,
        BigDecimal venueInvestment,
        BigDecimal collectiveIncome,
        Boolean backwardToAdvanced,
        Boolean financiallyAudited,
        Integer rulesEstablished) {

    public List<Violation> violations(int year, int currentYear) {
        List<Violation> violations = new ArrayList<>();
        if (year < CampaignYears.FIRST || year > currentYear) {
            violations.add(new Violation("year", "range", year, CampaignYears.FIRST, currentYear));
        }
        count(violations, "partyMembersDeveloped", partyMembersDeveloped);
        count(violations, "activistsDeveloped", activistsDeveloped);
        count(violations, "rulesEstablished", rulesEstablished);
        amount(violations, "venueAreaM2", venueAreaM2, 1);
        amount(violations, "venueInvestment", venueInvestment, 2);
        amount(violations, "collectiveIncome", collectiveIncome, 2);
        if (Boolean.TRUE.equals(venueBuilt) && venueAreaM2 == null) {
            violations.add(new Violation("venueAreaM2", "required-when-venue-built", null));
        }
        if (!Boolean.TRUE.equals(venueBuilt) && (venueAreaM2 != null || venueInvestment != null)) {
            violations.add(new Violation("venueBuilt", "venue-figures-need-venue", venueBuilt));
        }
        return violations;
    }

    private static void count(List<Violation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "not-negative", value));
        }
    }

    private static void amount(List<Violation> violations, String field, BigDecimal value, int scale) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            violations.add(new Violation(field, "not-negative", value));
        } else if (value.stripTrailingZeros().scale() > scale) {
            violations.add(new Violation(field, "decimal-places", value, scale));
        } else if (value.precision() - value.scale() > 8) {
            violations.add(new Violation(field, "too-large", value));
        }
    }
}
