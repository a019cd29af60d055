package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a county says of a category it adds: the rest (its county, its place in the list) is the catalogue's. */
@Schema(name = "NewCategory", description = "A county's own weakness category for a campaign year.")
public record NewCategory(@Schema(example = "COLLECTIVE_DEBT", description = "upper case, `[A-Z][A-Z0-9_]{1,39}`") String code,
                          @Schema(example = "村集体债务沉重", maxLength = 40) String name,
                          @Schema(example = "Heavy collective debt", maxLength = 120) String nameEn) {
}
