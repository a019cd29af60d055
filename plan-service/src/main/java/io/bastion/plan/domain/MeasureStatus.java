package io.bastion.plan.domain;

/** Where a measure stands once its plan is approved. */
public enum MeasureStatus {
    OPEN,
    COMPLETED
}
