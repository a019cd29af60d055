package io.bastion.platform.api;

import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.domain.Violation;

import java.util.Arrays;
import java.util.List;

/** Filters as they come in a query string, read or refused with a 400 that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static String township(String township) {
        if (township != null && !township.matches("[0-9]{9}")) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("township", "township-code", township)));
        }
        return township;
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
}
