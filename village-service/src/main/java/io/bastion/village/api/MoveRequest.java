package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What a client that still moves cases by hand sends; only {@code to} is read, to say who makes that move. */
@Schema(name = "CaseMove", description = "A move asked for by hand (deprecated): the answer names the step that makes it.")
public record MoveRequest(
        @Schema(example = "RECTIFYING") String to,
        @Schema(example = "验收未通过，限期整改") String reason,
        @Schema(example = "2027-03-31") LocalDate deadline) {
}
