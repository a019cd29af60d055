package io.bastion.village.api;

import io.bastion.village.domain.WeaknessCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeaknessCategory", description = "A category of the year's catalogue: national (year 0) or the county's own.")
public record CategoryView(@Schema(example = "TEAM_INCOMPLETE") String code, String name, String nameEn,
                           @Schema(description = "true for the national list, which no county can change") boolean national,
                           @Schema(description = "the county that added it; absent for the national list", example = "410423")
                           String county,
                           int position) {

    static CategoryView of(WeaknessCategory c) {
        return new CategoryView(c.code, c.name, c.nameEn, c.national(), c.national() ? null : c.division, c.position);
    }
}
