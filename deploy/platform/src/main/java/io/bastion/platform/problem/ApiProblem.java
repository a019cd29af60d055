package io.bastion.platform.problem;

import io.bastion.platform.domain.Violation;

import java.util.List;

/**
 * A problem raised by the HTTP layer itself (a stale ETag, a missing If-Match, a cursor that is not
 * ours); domain problems come as {@code InvalidInput}, {@code NotFound} and {@code Conflict}.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final Object[] arguments;
    private final List<Violation> violations;

    public ApiProblem(int status, String type, List<Violation> violations, Object... arguments) {
        super(type);
        this.status = status;
        this.type = type;
        this.arguments = arguments.clone();
        this.violations = List.copyOf(violations);
    }

    public ApiProblem(int status, String type, Object... arguments) {
        this(status, type, List.of(), arguments);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Violation> violations() {
        return violations;
    }
}
