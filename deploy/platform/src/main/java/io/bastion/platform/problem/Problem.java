package io.bastion.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.platform.domain.Violation;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document, as every error of the API is written. {@code allowed} is an
 * extension member of the 409 for a move the case lifecycle does not have: the moves it does.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://bastion.example/problems/";

    /**
     * One field that failed one rule; {@code message} is for people, {@code rule} for programs. The
     * value rejected is given as text, whatever its type, so that every client reads it the same way.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String rule, String rejected, String message) {

        public static FieldError of(Violation v, Locale locale) {
            return new FieldError(v.field(), v.rule(), v.rejected() == null ? null : String.valueOf(v.rejected()),
                    ProblemMappers.ruleMessage(locale, v));
        }
    }
}
