package io.bastion.cases;

import io.bastion.platform.events.EventIntake;
import io.bastion.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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

/**
 * Keeps the case projection from village-service's events on the incoming channel
 * {@code village-events}, which the service configures (topic {@code bastion.village}, its own
 * consumer group, its dead-letter topic), and hands the service the events it handles itself
 * ({@link VillageEventHandlers}). See {@link EventIntake}.
 */
@ApplicationScoped
public class CaseEventConsumer {

    @Inject
    CaseFiles cases;

    @Inject
    EventIntake intake;

    @Inject
    Instance<VillageEventHandlers> serviceHandlers;

    private Map<String, Consumer<IncomingEvent>> handlers;

    @PostConstruct
    void combine() {
        handlers = new HashMap<>(Map.of(
                "bastion.village.case-identified.v1", this::identified,
                "bastion.village.case-updated.v1", this::updated,
                "bastion.village.case-status-changed.v1", this::moved,
                "bastion.village.village-updated.v1", this::villageUpdated));
        serviceHandlers.forEach(more -> more.handlers().forEach((type, handler) -> handlers.merge(type, handler, Consumer::andThen)));
    }

    @Incoming("village-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onVillageEvent(Message<String> message) {
        return intake.consume(message, handlers);
    }

    private void identified(IncomingEvent event) {
        cases.identified(event.uuid("caseId"), event.required("villageCode"), event.required("villageName"),
                event.data().path("campaignYear").asInt(), identifiedOn(event), categories(event), event.required("grade"),
                event.version());
    }

    private void updated(IncomingEvent event) {
        cases.updated(event.uuid("caseId"), event.required("status"), identifiedOn(event), categories(event), event.required("grade"),
                event.version(), event.time());
    }

    private void moved(IncomingEvent event) {
        cases.moved(event.uuid("caseId"), event.required("to"), event.optionalDate("rectifyDeadline"), event.version(),
                event.time());
    }

    private void villageUpdated(IncomingEvent event) {
        cases.villageRenamed(event.required("villageCode"), event.required("name"));
    }

    /** The day the case was identified; an event from before the day was carried says so by its own time. */
    private static LocalDate identifiedOn(IncomingEvent event) {
        LocalDate on = event.optionalDate("identifiedOn");
        return on != null ? on : event.time().toLocalDate();
    }

    private static List<String> categories(IncomingEvent event) {
        List<String> categories = new ArrayList<>();
        event.data().path("categories").forEach(c -> categories.add(c.asText()));
        return categories;
    }

}
