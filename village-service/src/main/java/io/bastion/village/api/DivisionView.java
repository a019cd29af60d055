package io.bastion.village.api;

import io.bastion.village.domain.Division;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Division", description = "A county or township by its 12-digit statistical division code.")
public record DivisionView(
        @Schema(example = "410423203000") String code,
        @Schema(enumeration = {"COUNTY", "TOWNSHIP"}) String level,
        @Schema(example = "熊背乡") String name,
        @Schema(example = "410423000000") String parentCode,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static DivisionView of(Division d) {
        return new DivisionView(d.code, d.level.name(), d.name, d.parentCode, d.version, d.createdAt, d.updatedAt);
    }
}
