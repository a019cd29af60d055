package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.RectificationCase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A village was identified as a case; carries what plan, assistance and supervision need to start. */
public record CaseIdentified(
        UUID caseId,
        String villageCode,
        String townshipCode,
        String countyCode,
        String villageName,
        int campaignYear,
        LocalDate identifiedOn,
        List<String> categories,
        String grade,
        boolean hardCase,
        List<String> hardCaseFlags,
        int talksHeld,
        int suggestionsCollected,
        String source,
        UUID previousCaseId,
        int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.case-identified.v1";

    public static CaseIdentified of(RectificationCase c, String villageName) {
        return new CaseIdentified(c.id, c.villageCode, c.township(), c.villageCode.substring(0, 6), villageName,
                c.campaignYear, c.identifiedOn, List.of(c.categories), c.grade.name(), c.hardCase(), List.of(c.hardCaseFlags),
                c.talksHeld, c.suggestionsCollected, c.source.name(), c.previousCaseId, c.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
