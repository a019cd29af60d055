package io.bastion.village.events;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.events.EventIntake;
import io.bastion.platform.events.IncomingEvent;
import io.bastion.village.domain.CaseRegistry;
import io.bastion.village.domain.CaseStatus;
import io.bastion.village.domain.Trigger;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Moves cases on the events of plan-service and supervision-service (see {@link EventIntake}). */
@ApplicationScoped
public class CaseEventConsumer {

    /** What each event type does to a case. */
    static final Map<String, CaseStatus> MOVES = Map.of(
            "bastion.plan.drafted.v1", CaseStatus.PLANNING,
            "bastion.plan.approved.v1", CaseStatus.RECTIFYING,
            "bastion.supervision.acceptance-requested.v1", CaseStatus.ACCEPTANCE,
            "bastion.supervision.acceptance-failed.v1", CaseStatus.RECTIFYING,
            "bastion.supervision.acceptance-passed.v1", CaseStatus.CONSOLIDATING,
            "bastion.supervision.case-written-off.v1", CaseStatus.WRITTEN_OFF);
    static final String RELAPSE_FOUND = "bastion.supervision.relapse-found.v1";

    @Inject
    CaseRegistry cases;

    @Inject
    EventIntake intake;

    private final Map<String, Consumer<IncomingEvent>> handlers = new HashMap<>();

    CaseEventConsumer() {
        MOVES.keySet().forEach(type -> handlers.put(type, this::move));
        handlers.put(RELAPSE_FOUND, this::relapse);
    }

    @Incoming("plan-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return intake.consume(message, handlers);
    }

    @Incoming("supervision-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onSupervisionEvent(Message<String> message) {
        return intake.consume(message, handlers);
    }

    private void move(IncomingEvent event) {
        CaseStatus to = MOVES.get(event.type());
        var caseId = event.uuid("caseId");
        // A move the case has already made (the same fact announced again under a new id) changes nothing.
        if (cases.get(caseId).status == to) {
            return;
        }
        String deadline = event.text("newDeadline", null);
        cases.move(caseId, to, event.text("reason", event.type()), deadline == null ? null : LocalDate.parse(deadline),
                actor(event), trigger(event));
    }

    private void relapse(IncomingEvent event) {
        List<String> categories = new ArrayList<>();
        event.data().path("categories").forEach(c -> categories.add(c.asText()));
        cases.relapse(event.uuid("caseId"), categories, event.text("basis", "relapse found at a follow-up visit"),
                actor(event), trigger(event));
    }

    private static Actor actor(IncomingEvent event) {
        return Actor.system(event.source(), event.id(), event.text("villageCode", ""));
    }

    private static Trigger trigger(IncomingEvent event) {
        return new Trigger(event.id(), event.type());
    }
}
