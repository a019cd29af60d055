package io.bastion.village.api;

import io.bastion.village.domain.CaseTransition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "CaseTransition", description = "One move of a case: who, when, why, and the event that caused it.")
public record TransitionView(String from, String to, OffsetDateTime at, String actor, String reason, LocalDate deadline,
                             String triggerEventId, String triggerEventType) {

    static TransitionView of(CaseTransition t) {
        return new TransitionView(t.from == null ? null : t.from.name(), t.to.name(), t.at, t.actor, t.reason, t.deadline,
                t.triggerEventId, t.triggerEventType);
    }
}
