package io.bastion.village.domain;

import io.bastion.platform.domain.CampaignYears;
import io.bastion.platform.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a township or the county records when it identifies a village as a case. {@code grade} is the
 * county's decision (NONE when absent); a township puts its view in {@code proposedGrade}.
 * {@code identifiedOn} is the day it was identified, today when absent.
 */
public record CaseDraft(
        String villageCode,
        Integer campaignYear,
        List<String> categories,
        String otherBasis,
        String basis,
        String source,
        String sourceDetail,
        Integer talksHeld,
        Integer suggestionsCollected,
        Integer questionnaires,
        List<String> hardCaseFlags,
        String grade,
        String proposedGrade,
        LocalDate identifiedOn) {

    public static final int TEXT_MAX_LENGTH = 2000;
    /** Every rule the draft breaks on {@code today}, given the categories the year's catalogue holds. */
    public List<Violation> violations(Set<String> catalogue, LocalDate today) {
        List<Violation> violations = new ArrayList<>(DivisionCode.checkVillage("villageCode", villageCode));
        if (campaignYear == null) {
            violations.add(new Violation("campaignYear", "required", null));
        } else if (!CampaignYears.plausible(campaignYear, today)) {
            violations.add(new Violation("campaignYear", "range", campaignYear, CampaignYears.FIRST, CampaignYears.last(today)));
        }
        if (categories == null || categories.isEmpty()) {
            violations.add(new Violation("categories", "required", null));
        } else {
            Set<String> seen = new HashSet<>();
            for (String category : categories) {
                if (category == null || !catalogue.contains(category)) {
                    violations.add(new Violation("categories", "unknown-category", category, campaignYear));
                } else if (!seen.add(category)) {
                    violations.add(new Violation("categories", "duplicate", category));
                }
            }
            if (categories.contains(WeaknessCategory.OTHER) && (otherBasis == null || otherBasis.isBlank())) {
                violations.add(new Violation("otherBasis", "required-with-other", otherBasis));
            }
        }
        text(violations, "basis", basis, true);
        text(violations, "otherBasis", otherBasis, false);
        text(violations, "sourceDetail", sourceDetail, false);
        oneOf(violations, "source", source, true, IdentificationSource.values());
        oneOf(violations, "grade", grade, false, KeyContactGrade.values());
        oneOf(violations, "proposedGrade", proposedGrade, false, KeyContactGrade.values());
        if (hardCaseFlags != null) {
            hardCaseFlags.forEach(flag -> oneOf(violations, "hardCaseFlags", flag, true, HardCaseFlag.values()));
        }
        identifiedOnViolations(violations, today);
        notNegative(violations, "talksHeld", talksHeld);
        notNegative(violations, "suggestionsCollected", suggestionsCollected);
        notNegative(violations, "questionnaires", questionnaires);
        return violations;
    }

    /**
     * A case is identified in its campaign year or in the screening before it (from 1 January of the
     * year before), and not later than today: a county recording a campaign begun before it used
     * Bastion gives the day it really happened.
     */
    private void identifiedOnViolations(List<Violation> violations, LocalDate today) {
        if (identifiedOn == null) {
            return;
        }
        if (identifiedOn.isAfter(today)) {
            violations.add(new Violation("identifiedOn", "not-in-the-future", identifiedOn.toString()));
        } else if (campaignYear != null && CampaignYears.plausible(campaignYear, today)
                && (identifiedOn.getYear() < campaignYear - 1 || identifiedOn.getYear() > campaignYear)) {
            violations.add(new Violation("identifiedOn", "in-campaign", identifiedOn.toString(), campaignYear,
                    LocalDate.of(campaignYear - 1, 1, 1).toString(), LocalDate.of(campaignYear, 12, 31).toString()));
        }
    }

    private static void text(List<Violation> violations, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "required", value));
            }
        } else if (value.trim().length() > TEXT_MAX_LENGTH) {
            violations.add(new Violation(field, "max-length", value.substring(0, 20) + "…", TEXT_MAX_LENGTH));
        }
    }

    private static void oneOf(List<Violation> violations, String field, String value, boolean required, Enum<?>[] values) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "required", null));
            }
        } else if (Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            violations.add(new Violation(field, "one-of", value, Arrays.toString(values)));
        }
    }

    private static void notNegative(List<Violation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(new Violation(field, "not-negative", value));
        }
    }
}
