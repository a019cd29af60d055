package io.bastion.platform.domain;

/**
 * A record entered by mistake is voided, not deleted: it stays to be read with who voided it and why,
 * and counts nowhere. The reason is what a reader of the record will need.
 */
public final class VoidReason {

    public static final int MAX_LENGTH = 2000;

    private VoidReason() {
    }

    /** The reason, trimmed; refused as {@code problem} (the operation's invalid-input type) when missing or too long. */
    public static String required(String reason, String problem) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(problem, new Violation("reason", "required", null));
        }
        String trimmed = reason.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInput(problem, new Violation("reason", "max-length", trimmed.length(), MAX_LENGTH));
        }
        return trimmed;
    }
}
