package io.bastion.platform.domain;

import java.util.List;

/** The rule every free text a person writes follows: present where required, and not longer than its limit. */
public final class TextRules {

    private TextRules() {
    }

    /** Adds {@code required} for a missing or blank text that must be there, {@code max-length} for one too long. */
    public static void check(List<Violation> violations, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "required", null));
            }
        } else if (value.length() > max) {
            violations.add(new Violation(field, "max-length", value.length(), max));
        }
    }

    public static void required(List<Violation> violations, String field, String value, int max) {
        check(violations, field, value, max, true);
    }
}
