package io.bastion.plan.domain;

import java.time.LocalDate;

/** The township asks to move a measure's deadline, saying why. */
public record ExtensionRequest(LocalDate deadline, String reason) {
}
