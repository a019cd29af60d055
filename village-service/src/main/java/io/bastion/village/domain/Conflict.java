package io.bastion.village.domain;

/** A request that is well formed but clashes with what exists, e.g. a code already registered. */
public class Conflict extends RuntimeException {

    private final String problemType;
    private final Object[] arguments;

    public Conflict(String problemType, Object... arguments) {
        super(problemType);
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
