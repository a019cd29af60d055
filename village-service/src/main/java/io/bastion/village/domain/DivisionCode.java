package io.bastion.village.domain;

import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码): province 2, prefecture 2, county 2,
 * township 3, village 3 digits. Township segment 001-099 is a street (街道), 100-199 a town (镇),
 * 200-399 a township (乡); village segment 001-199 a residents' committee, 200-399 a villagers'
 * committee. Zeros in the trailing segments make it the code of a township or a county.
 */
public record DivisionCode(String value) {

    public static final String PROBLEM = "invalid-division-code";

    public DivisionCode {
        List<Violation> violations = check("code", value);
        if (!violations.isEmpty()) {
            throw new InvalidInput(PROBLEM, violations);
        }
    }

    /** Every rule the text breaks as a division code of any level; empty when it is valid. */
    public static List<Violation> check(String field, String text) {
        List<Violation> violations = new ArrayList<>();
        if (text == null || !text.matches("[0-9]{12}")) {
            violations.add(new Violation(field, "length-12", text));
            return violations;
        }
        if (text.startsWith("00")) {
            violations.add(new Violation(field, "province-segment-not-zero", text));
        }
        if (segment(text, 2, 4) == 0) {
            violations.add(new Violation(field, "prefecture-segment-not-zero", text));
        }
        if (segment(text, 4, 6) == 0) {
            violations.add(new Violation(field, "county-segment-not-zero", text));
        }
        int township = segment(text, 6, 9);
        int village = segment(text, 9, 12);
        if (township > 399) {
            violations.add(new Violation(field, "township-segment-range", text, township));
        }
        if (village > 399) {
            violations.add(new Violation(field, "village-segment-range", text, village));
        }
        if (township == 0 && village != 0) {
            violations.add(new Violation(field, "township-segment-not-zero", text));
        }
        return violations;
    }

    /** The rules the text breaks as the code of a village: all of {@link #check} and a village segment. */
    public static List<Violation> checkVillage(String field, String text) {
        List<Violation> violations = check(field, text);
        if (text != null && text.matches("[0-9]{12}") && text.endsWith("000")) {
            violations.add(new Violation(field, "village-segment-not-zero", text));
            if (segment(text, 6, 9) == 0) {
                violations.add(new Violation(field, "township-segment-not-zero", text));
            }
        }
        return violations;
    }

    public static DivisionCode ofVillage(String field, String text) {
        List<Violation> violations = checkVillage(field, text);
        if (!violations.isEmpty()) {
            throw new InvalidInput(PROBLEM, violations);
        }
        return new DivisionCode(text);
    }

    /**
     * The rejection of a draft: when only its code is wrong the problem is the code's own
     * ({@code invalid-division-code}); otherwise it is {@code otherwise}, listing every violation.
     */
    public static InvalidInput rejection(List<Violation> violations, String otherwise) {
        boolean onlyCode = violations.stream().allMatch(v -> "code".equals(v.field()));
        return new InvalidInput(onlyCode ? PROBLEM : otherwise, violations);
    }

    public DivisionLevel level() {
        if (segment(value, 9, 12) != 0) {
            return DivisionLevel.VILLAGE;
        }
        return segment(value, 6, 9) != 0 ? DivisionLevel.TOWNSHIP : DivisionLevel.COUNTY;
    }

    /** The code of the division this one belongs to; none for a county (its city is not kept). */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
            case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case COUNTY -> Optional.empty();
        };
    }

    /**
     * The significant prefix: 6 digits for a county, 9 for a township, all 12 for a village. Scope
     * claims and filters use it: a village belongs to every division whose prefix it starts with.
     */
    public String prefix() {
        return switch (level()) {
            case COUNTY -> value.substring(0, 6);
            case TOWNSHIP -> value.substring(0, 9);
            case VILLAGE -> value;
        };
    }

    /** The 9-digit code of the township a village or township belongs to. */
    public String townshipPrefix() {
        return value.substring(0, 9);
    }

    private static int segment(String text, int from, int to) {
        return Integer.parseInt(text.substring(from, to));
    }

    @Override
    public String toString() {
        return value;
    }
}
