package io.bastion.plan.domain;

/** The three no-pass rules (三个不放过) of the county's line-by-line audit. */
public enum AuditRule {
    /** No pass while problems are not accurately found: every category of the case is addressed. */
    PROBLEMS_ACCURATE,
    /** No pass while measures are not targeted and operable: every problem has a measure naming a remedy. */
    MEASURES_ACTIONABLE,
    /** No pass while owner and deadline are unclear: every measure has both, the deadline inside the campaign. */
    OWNER_AND_DEADLINE
}
