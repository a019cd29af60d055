package io.bastion.platform.domain;

import java.util.Arrays;
import java.util.List;
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

    /**
     * For a move a state machine does not have: the moves there are, which the problem answer
     * carries as its {@code allowed} member. {@code null} for any other clash.
     */
    public List<String> allowed() {
        return null;
    }
}
