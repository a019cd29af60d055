package io.bastion.plan.domain;

/** The county grants or refuses an extension, with a note. */
public record ExtensionDecision(Boolean granted, String note) {
}
