package io.bastion.plan.domain;

/**
 * A problem the township found in the village, tied to one of the case's weakness categories.
 * {@code key} is the township's own short label (e.g. {@code P1}) that measures point at.
 */
public record PlanProblem(String key, String category, String description, String evidence) {
}
