package io.bastion.platform.domain;

import java.util.List;

/** A request that is well formed but clashes with what exists, e.g. a code already registered. */
public class Conflict extends DomainProblem {

    public Conflict(String problemType, Object... arguments) {
        super(problemType, arguments);
    }

    /**
     * For a move a state machine does not have: the moves there are, which the problem answer
     * carries as its {@code allowed} member. {@code null} for any other clash.
     */
    public List<String> allowed() {
        return null;
    }
}
