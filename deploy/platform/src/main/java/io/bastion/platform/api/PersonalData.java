package io.bastion.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ID-card and phone numbers as the roles that may not see them get them: the first and last few
 * characters kept, the rest starred ({@code 410423********1234}, {@code 138****5678}).
 */
public final class PersonalData {

    /** A resident ID-card number (18 characters, the last may be X) standing on its own. */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number standing on its own. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    private PersonalData() {
    }

    public static String idCard(String number, boolean visible) {
        return visible ? number : mask(number, 6, 4);
    }

    public static String phone(String number, boolean visible) {
        return visible ? number : mask(number, 3, 4);
    }

    /**
     * A copy of a JSON document with every ID-card and phone number in it masked: the values of
     * fields that hold them by name, and any such number written into other text. For what is kept
     * longer than the request that brought it (the audit trail).
     */
    public static JsonNode redacted(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue().isTextual()
                    ? TextNode.valueOf(redactedField(field.getKey(), field.getValue().asText()))
                    : redacted(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(redacted(item)));
            return copy;
        }
        return node.isTextual() ? TextNode.valueOf(redacted(node.asText())) : node;
    }

    private static String redactedField(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("idcard")) {
            return idCard(value, false);
        }
        if (lower.contains("phone") || lower.contains("mobile")) {
            return phone(value, false);
        }
        return redacted(value);
    }

    /** Text with every ID-card and mobile number written in it masked: for what is logged or kept. */
    public static String redacted(String text) {
        return text == null ? null : replace(MOBILE, replace(ID_CARD, text, 6, 4), 3, 4);
    }

    private static String replace(Pattern pattern, String text, int head, int tail) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask(matcher.group(), head, tail)));
        }
        return matcher.appendTail(out).toString();
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
