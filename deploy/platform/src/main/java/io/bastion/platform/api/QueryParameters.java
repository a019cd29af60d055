package io.bastion.platform.api;

import io.bastion.platform.domain.CalendarDays;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Filters as they come in a query string, read or refused with a 400 that names the parameter. */
public final class QueryParameters {

    /** What a township code parameter is, for the code below and the OpenAPI document alike. */
    public static final String TOWNSHIP_CODE = "^[0-9]{9}$";
    /** What a 12-digit division code parameter is. */
    public static final String DIVISION_CODE = "^[0-9]{12}$";

    private QueryParameters() {
    }

    public static String township(String township) {
        return code("township", township, TOWNSHIP_CODE, "township-code");
    }

    /** A 12-digit division code, e.g. a village's or a county's parent code. */
    public static String division(String field, String code) {
        return code(field, code, DIVISION_CODE, "division-code");
    }

    private static String code(String field, String code, String pattern, String rule) {
        if (code != null && !code.matches(pattern)) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, rule, code)));
        }
        return code;
    }

    public static Integer year(String year) {
        if (year == null) {
            return null;
        }
        try {
            return Integer.valueOf(year);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("year", "type", year, "integer")));
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "one-of", value,
                    Arrays.toString(type.getEnumConstants()))));
        }
    }

    /** A whole number from 0 to {@code max}, e.g. a count of rounds or of days. */
    public static Integer count(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as any number out of range
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "range", value, 0, max)));
    }

    /** {@code true} or {@code false}, nothing else. */
    public static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "one-of", value, "[true, false]")));
    }

    /** An id given as a filter; anything but a UUID is a 400 naming the parameter. */
    public static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "type", value, "uuid")));
        }
    }

    /** A calendar day that must be given. */
    public static LocalDate requiredDate(String field, String value) {
        if (value == null) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "required", null)));
        }
        return date(field, value);
    }

    /** A calendar day, {@code 2026-11-27}, within {@link CalendarDays}; anything else is a 400 naming the parameter. */
    public static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "date", value)));
        }
        if (!CalendarDays.sane(day)) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation(field, "date-range", value)));
        }
        return day;
    }
}
