package io.bastion.village.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bastion.platform.events.OutgoingEvent;
import io.bastion.village.domain.RectificationCase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What was recorded at identification changed (categories, grade, hard-case flags, basis, counts). */
public record CaseUpdated(
        UUID caseId,
        String villageCode,
        String townshipCode,
        int campaignYear,
        LocalDate identifiedOn,
        String status,
        List<String> categories,
        String grade,
        boolean hardCase,
        List<String> hardCaseFlags,
        int talksHeld,
        int suggestionsCollected,
        int questionnaires,
        int version) implements OutgoingEvent {

    public static final String TYPE = "bastion.village.case-updated.v1";

    public static CaseUpdated of(RectificationCase c) {
        return new CaseUpdated(c.id, c.villageCode, c.township(), c.campaignYear, c.identifiedOn, c.status.name(), List.of(c.categories),
                c.grade.name(), c.hardCase(), List.of(c.hardCaseFlags), c.talksHeld, c.suggestionsCollected,
                c.questionnaires, c.version);
    }

    @JsonIgnore
    @Override
    public String type() {
        return TYPE;
    }
}
