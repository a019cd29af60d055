package io.bastion.plan.domain;

/** Where a plan stands in the three steps. */
public enum PlanStage {
    /** The township drafts it and records its two meetings. */
    DRAFTING,
    /** Submitted for the first time; the county evaluates it through the eight remedies. */
    AWAITING_EVALUATION,
    /** Evaluated, or resubmitted after a return; the county audits it against the three rules. */
    AWAITING_AUDIT,
    /** Returned for refinement with reasons; the township revises and resubmits it. */
    RETURNED,
    /** All three rules pass; its measures are being carried out. */
    APPROVED
}
