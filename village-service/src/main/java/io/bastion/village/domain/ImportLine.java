package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;

import java.util.List;

/**
 * One line of a bulk import as read: its number in the file, the draft it gives, and what was
 * already wrong with it before any rule ran (a number that is not a number, an unknown field).
 */
public record ImportLine(long line, VillageDraft draft, List<Violation> readProblems) {
}
