package io.bastion.plan.domain;

import java.time.LocalDate;

/**
 * A measure as the township writes it: what will be done against which problem, through which of the
 * eight remedies, who answers for it (person, post, unit), by when, and what it should achieve.
 * {@code key} is the township's short label (e.g. {@code M1}); {@code problem} is a problem's key.
 */
public record MeasureDraft(String key, String problem, String action, String remedy, String responsiblePerson,
                           String responsiblePost, String responsibleUnit, LocalDate deadline, String expectedResult) {
}
