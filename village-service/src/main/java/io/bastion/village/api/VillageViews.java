package io.bastion.village.api;

import io.bastion.village.domain.CaseRegistry;
import io.bastion.village.domain.RectificationCase;
import io.bastion.village.domain.Village;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Villages as the API shows them, with their latest case: one query per page, not one per village. */
@ApplicationScoped
public class VillageViews {

    @Inject
    CaseRegistry cases;

    public VillageView of(Village village) {
        return VillageView.of(village, cases.latestOf(List.of(village.code)).get(village.code));
    }

    /** A function that shows any of {@code villages}, their latest cases loaded at once. */
    public Function<Village, VillageView> forAll(Collection<Village> villages) {
        Map<String, RectificationCase> latest = cases.latestOf(villages.stream().map(v -> v.code).toList());
        return village -> VillageView.of(village, latest.get(village.code));
    }

    /** The changes feed's entries for {@code villages}: each one's state now with its latest case, or its tombstone. */
    public List<VillageChange> changes(List<Village> villages) {
        Map<String, RectificationCase> latest = cases.latestOf(villages.stream().map(v -> v.code).toList());
        return villages.stream().map(v -> VillageChange.of(v, latest.get(v.code))).toList();
    }
}
