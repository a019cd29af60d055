package io.bastion.plan.domain;

/**
 * One thing the machine check of a no-pass rule found: a {@code code} (e.g.
 * {@code category-not-addressed}) about a {@code subject} (a category, a problem's or a measure's key).
 */
public record Finding(AuditRule rule, String code, String subject) {
}
