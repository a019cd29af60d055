package io.bastion.assistance.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.bastion.assistance.domain.HelpRecord;
import io.bastion.platform.events.OutgoingEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A help record was voided as entered by mistake: it counts nowhere from now on. Keyed like the
 * record. The reason stays in assistance-service, where the record is read.
 */
public record HelpVoided(UUID helpId, String kind, @JsonInclude(JsonInclude.Include.ALWAYS) String villageCode, String townshipCode,
                         LocalDate voidedOn, int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.assistance.help-voided.v1";

    public static HelpVoided of(HelpRecord h) {
        return new HelpVoided(h.id, h.kind.name(), h.villageCode, h.townshipCode, h.voidedOn, h.version);
    }

    @Override
    @JsonIgnore
    public String type() {
        return TYPE;
    }

    /** The record key: the village, or the township for a township-wide training. */
    @Override
    public String subject() {
        return villageCode != null ? villageCode : townshipCode;
    }
}
