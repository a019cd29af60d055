package io.bastion.village.events;

import io.bastion.platform.events.EventIntake;
import io.bastion.platform.events.IncomingEvent;
import io.bastion.village.domain.Pairings;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Keeps who is paired with which village from assistance-service's events, so a county leader or
 * a department reads exactly its paired villages (see {@link EventIntake}).
 */
@ApplicationScoped
public class PairingEventConsumer {

    static final String CREATED = "bastion.assistance.pairing-created.v1";
    static final String ENDED = "bastion.assistance.pairing-ended.v1";
    static final String HANDED_OVER = "bastion.assistance.pairing-handed-over.v1";

    @Inject
    Pairings pairings;

    @Inject
    EventIntake intake;

    private final Map<String, Consumer<IncomingEvent>> handlers = Map.of(
            CREATED, this::created,
            ENDED, event -> pairings.end(event.uuid("pairingId")),
            HANDED_OVER, this::handedOver);

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
