package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.Village;

/**
 * A village registered or updated, with its whole state, so a consumer's projection needs nothing
 * else. No personal data: a village record has none.
 */
public record VillageStateChanged(
        @JsonIgnore String type,
        String villageCode,
        String townshipCode,
        String countyCode,
        String name,
        String urbanRuralClass,
        Integer households,
        Integer population,
        Integer partyMembers,
        String partyOrganizationForm,
        int version) implements OutgoingEvent {

    public static final String REGISTERED = "bastion.village.village-registered.v1";
    public static final String UPDATED = "bastion.village.village-updated.v1";

    public static VillageStateChanged registered(Village village) {
        return of(REGISTERED, village);
    }

    public static VillageStateChanged updated(Village village) {
        return of(UPDATED, village);
    }

    private static VillageStateChanged of(String type, Village v) {
        return new VillageStateChanged(type, v.code, v.township(), v.code.substring(0, 6), v.name, v.urbanRuralClass,
                v.households, v.population, v.partyMembers,
                v.partyOrganizationForm == null ? null : v.partyOrganizationForm.name(), v.version);
    }
}
