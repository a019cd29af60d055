package io.bastion.platform.domain;

import java.util.List;

/** Input that breaks domain rules; carries every violation, not just the first. */
public class InvalidInput extends RuntimeException {

    private final String problemType;
    private final List<Violation> violations;

    public InvalidInput(String problemType, List<Violation> violations) {
        super(problemType + ": " + violations.stream().map(Violation::rule).toList());
        this.problemType = problemType;
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String problemType, Violation violation) {
        this(problemType, List.of(violation));
    }

    /** The stable slug of the problem type, e.g. {@code invalid-division-code}. */
    public String problemType() {
        return problemType;
    }

    public List<Violation> violations() {
        return violations;
    }
}
