package io.bastion.village.api;

import io.bastion.village.domain.WeaknessCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeaknessCategory", description = "A category of the year's catalogue: national (year 0) or the county's own.")
public record CategoryView(@Schema(example = "TEAM_INCOMPLETE") String code, String name, String nameEn,
                           @Schema(description = "true for the national list") boolean national, int position) {

    static CategoryView of(WeaknessCategory c) {
        return new CategoryView(c.code, c.name, c.nameEn, c.campaignYear == 0, c.position);
    }
}
