package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseMove", description = "Move a case by hand, e.g. to correct what an event missed. A failed acceptance "
        + "(ACCEPTANCE to RECTIFYING) needs a new deadline.")
public record MoveRequest(
        @Schema(example = "RECTIFYING") String to,
        @Schema(example = "验收未通过，限期整改") String reason,
        @Schema(example = "2027-03-31") LocalDate deadline) {
}
