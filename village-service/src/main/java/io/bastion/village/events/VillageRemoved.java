package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;

/** A village taken off the registry; consumers drop it from their projections. */
public record VillageRemoved(String villageCode, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.village-removed.v1";

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
