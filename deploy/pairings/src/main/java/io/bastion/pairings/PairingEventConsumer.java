package io.bastion.pairings;

import io.bastion.platform.events.EventIntake;
import io.bastion.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Keeps the pairing projection from assistance-service's events on the incoming channel
 * {@code assistance-events}, which the service configures (topic {@code bastion.assistance}, its own
 * consumer group, its dead-letter topic), and hands the service the events it handles itself
 * ({@link AssistanceEventHandlers}). See {@link EventIntake}.
 */
@ApplicationScoped
public class PairingEventConsumer {

    static final String CREATED = "bastion.assistance.pairing-created.v1";
    static final String ENDED = "bastion.assistance.pairing-ended.v1";
    static final String HANDED_OVER = "bastion.assistance.pairing-handed-over.v1";

    @Inject
    PartnerPairings pairings;

    @Inject
    EventIntake intake;

    @Inject
    Instance<AssistanceEventHandlers> serviceHandlers;

    private Map<String, Consumer<IncomingEvent>> handlers;

    @PostConstruct
    void combine() {
        handlers = new HashMap<>(Map.of(
                CREATED, this::created,
                ENDED, event -> pairings.end(event.uuid("pairingId")),
                HANDED_OVER, this::handedOver));
        serviceHandlers.forEach(more -> more.handlers().forEach((type, handler) -> handlers.merge(type, handler, Consumer::andThen)));
    }

    @Incoming("assistance-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onAssistanceEvent(Message<String> message) {
        return intake.consume(message, handlers);
    }

    private void created(IncomingEvent event) {
        pairings.begin(event.uuid("pairingId"), event.required("villageCode"), event.required("partnerAccount"),
                event.required("form"));
    }

    /** The old pairing ends and the new one begins in the same transaction: coverage never breaks. */
    private void handedOver(IncomingEvent event) {
        pairings.end(event.uuid("pairingId"));
        pairings.begin(event.uuid("newPairingId"), event.required("villageCode"), event.required("newPartnerAccount"),
                event.required("form"));
    }
}
