package io.bastion.platform.security;

import java.util.Optional;

/**
 * The levels of the statistical division code a token's {@code division} claim can name, by the
 * length of the prefix: province 2 digits, city (prefecture) 4, county 6, township 9.
 */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /**
     * The level of a claimed prefix, or empty when it is not one: digits only, one of the four
     * lengths, and no segment all zeros (a zero segment names the level above, not a division).
     */
    public static Optional<DivisionLevel> of(String division) {
        if (division == null || !division.matches("[0-9]+")) {
            return Optional.empty();
        }
        for (DivisionLevel level : values()) {
            if (level.digits == division.length()) {
                return zeroSegment(division) ? Optional.empty() : Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static boolean zeroSegment(String division) {
        int start = 0;
        for (DivisionLevel level : values()) {
            if (level.digits > division.length()) {
                break;
            }
            if (division.substring(start, level.digits).chars().allMatch(c -> c == '0')) {
                return true;
            }
            start = level.digits;
        }
        return false;
    }
}
