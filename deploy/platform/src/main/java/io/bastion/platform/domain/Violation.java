package io.bastion.platform.domain;

/**
 * One broken rule: which field, which rule (a stable kebab-case name clients can switch on), the
 * rejected value, and the arguments the rule's message needs.
 */
public record Violation(String field, String rule, Object rejected, Object... arguments) {
}
