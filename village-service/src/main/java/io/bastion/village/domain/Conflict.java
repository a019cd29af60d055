package io.bastion.village.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A request that is well formed but clashes with what exists, e.g. a code already registered. */
public class Conflict extends RuntimeException {

    private final String problemType;
    private final Object[] arguments;

    public Conflict(String problemType, Object... arguments) {
        // The arguments in the message too: a dead-lettered event's reason is this message.
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
