package io.bastion.platform.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A rule of the domain says this caller may not make this change, though its role may call the
 * operation: a township proposing a grade it may not decide, a department recording another unit's
 * help. Answered 403 with the rule's problem type.
 */
public class Refused extends RuntimeException {

    private final String problemType;
    private final Object[] arguments;

    public Refused(String problemType, Object... arguments) {
        super(problemType + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", ", ": ", "")));
        this.problemType = problemType;
        this.arguments = arguments.clone();
    }

    public String problemType() {
        return problemType;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
