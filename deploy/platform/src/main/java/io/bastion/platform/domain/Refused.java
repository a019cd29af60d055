package io.bastion.platform.domain;

/**
 * A rule of the domain says this caller may not make this change, though its role may call the
 * operation: a township proposing a grade it may not decide, a department recording another unit's
 * help. Answered 403 with the rule's problem type.
 */
public class Refused extends DomainProblem {

    public Refused(String problemType, Object... arguments) {
        super(problemType, arguments);
    }
}
