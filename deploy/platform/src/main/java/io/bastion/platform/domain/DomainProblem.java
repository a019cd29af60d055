package io.bastion.platform.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A refusal the domain states by its problem type and the arguments its message names. */
public abstract class DomainProblem extends RuntimeException {

    private final String problemType;
    private final Object[] arguments;

    protected DomainProblem(String problemType, Object... arguments) {
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
