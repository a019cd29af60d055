package io.bastion.platform.api;

/**
 * ID-card and phone numbers as the roles that may not see them get them: the first and last few
 * characters kept, the rest starred ({@code 410423********1234}, {@code 138****5678}).
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String idCard(String number, boolean visible) {
        return visible ? number : mask(number, 6, 4);
    }

    public static String phone(String number, boolean visible) {
        return visible ? number : mask(number, 3, 4);
    }

    /** Keeps the first {@code head} and last {@code tail} characters, stars the rest. */
    static String mask(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
