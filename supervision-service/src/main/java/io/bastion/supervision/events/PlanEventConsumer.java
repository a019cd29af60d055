package io.bastion.supervision.events;

import io.bastion.platform.events.EventIntake;
import io.bastion.platform.events.IncomingEvent;
import io.bastion.supervision.domain.OverdueMeasures;
import io.bastion.supervision.domain.PlanFiles;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Keeps where each plan stands and which measures are overdue, from plan-service's events (see {@link EventIntake}). */
@ApplicationScoped
public class PlanEventConsumer {

    @Inject
    OverdueMeasures overdue;

    @Inject
    PlanFiles plans;

    @Inject
    EventIntake intake;

    private final Map<String, Consumer<IncomingEvent>> handlers = Map.of(
            "bastion.plan.drafted.v1", this::stage,
            "bastion.plan.submitted.v1", this::stage,
            "bastion.plan.evaluated.v1", this::stage,
            "bastion.plan.returned.v1", this::stage,
            "bastion.plan.approved.v1", this::stage,
            "bastion.plan.measure-overdue.v1", event -> overdue.overdue(event.uuid("measureId"), event.uuid("caseId"),
                    event.required("villageCode"), event.date("deadline")),
            "bastion.plan.measure-updated.v1", event -> overdue.updated(event.uuid("measureId"), event.required("status"),
                    event.date("deadline")));

    private void stage(IncomingEvent event) {
        plans.stage(event.uuid("planId"), event.uuid("caseId"), event.required("villageCode"), event.data().path("campaignYear").asInt(),
                event.required("stage"), event.data().path("returns").asInt(), event.data().path("beyondUsualRounds").asBoolean(),
                event.version());
        plans.decided(event.uuid("planId"), event.required("villageCode"), event.required("stage"), event.data().path("returns").asInt(),
                event.time());
    }

    @Incoming("plan-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return intake.consume(message, handlers);
    }
}
