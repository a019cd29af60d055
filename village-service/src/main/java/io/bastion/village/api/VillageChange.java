package io.bastion.village.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.village.domain.RectificationCase;
import io.bastion.village.domain.Village;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * One entry of the changes feed: the village's state now, with its latest case, or a tombstone when
 * it was removed. {@code at} is when the village or its case last changed.
 */
@Schema(name = "VillageChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VillageChange(
        @Schema(enumeration = {"upsert", "delete"}) String op,
        String code,
        @Schema(description = "the register entry's version; a change of the village's case keeps it and moves the entry in the feed")
        int version,
        @Schema(description = "when the village or its latest case last changed") OffsetDateTime at,
        VillageView data) {

    static VillageChange of(Village v, RectificationCase latest) {
        if (v.removed) {
            return new VillageChange("delete", v.code, v.version, v.updatedAt, null);
        }
        OffsetDateTime at = latest == null || v.updatedAt.isAfter(latest.updatedAt) ? v.updatedAt : latest.updatedAt;
        return new VillageChange("upsert", v.code, v.version, at, VillageView.of(v, latest));
    }
}
