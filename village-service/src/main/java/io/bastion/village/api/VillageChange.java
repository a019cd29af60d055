package io.bastion.village.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.village.domain.Village;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.function.Function;

/** One entry of the changes feed: the village's state now, or a tombstone when it was removed. */
@Schema(name = "VillageChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VillageChange(
        @Schema(enumeration = {"upsert", "delete"}) String op,
        String code,
        int version,
        OffsetDateTime at,
        VillageView data) {

    static VillageChange of(Village v, Function<Village, VillageView> view) {
        return v.removed
                ? new VillageChange("delete", v.code, v.version, v.updatedAt, null)
                : new VillageChange("upsert", v.code, v.version, v.updatedAt, view.apply(v));
    }
}
