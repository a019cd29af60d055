package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.Division;

/**
 * A county or township was registered or renamed: how the services that report on townships (a
 * bulletin, the stage report) name them. Keyed by the division's 12-digit code.
 */
public record DivisionChanged(String code, String level, String name, String parentCode, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.division-changed.v1";

    public static DivisionChanged of(Division d) {
        return new DivisionChanged(d.code, d.level.name(), d.name, d.parentCode, d.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }

    @JsonIgnore
    @Override
    public String villageCode() {
        return null;
    }

    @Override
    public String subject() {
        return code;
    }
}
