package io.bastion.supervision.events;

import io.bastion.pairings.AssistanceEventHandlers;
import io.bastion.platform.events.IncomingEvent;
import io.bastion.supervision.domain.AssistanceFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The county's figures from assistance-service's events: pairings and help given. bastion-pairings'
 * consumer runs these after keeping its pairing projection, in the same transaction.
 */
@ApplicationScoped
public class AssistanceFactHandlers implements AssistanceEventHandlers {

    @Inject
    AssistanceFacts facts;

    private final Map<String, Consumer<IncomingEvent>> handlers = Map.of(
            "bastion.assistance.pairing-created.v1", this::created,
            "bastion.assistance.pairing-ended.v1", event -> facts.ended(event.required("pairingId"),
                    event.date("endedOn"), event.version()),
            "bastion.assistance.pairing-handed-over.v1", this::handedOver,
            "bastion.assistance.visit-logged.v1", this::help,
            "bastion.assistance.support-recorded.v1", this::help,
            "bastion.assistance.training-held.v1", this::help,
            "bastion.assistance.petition-risk-resolved.v1", this::help,
            "bastion.assistance.help-corrected.v1", this::help,
            "bastion.assistance.help-voided.v1", event -> facts.helpVoided(event.required("helpId"), event.version()));

    @Override
    public Map<String, Consumer<IncomingEvent>> handlers() {
        return handlers;
    }

    private void created(IncomingEvent event) {
        facts.paired(new AssistanceFacts.Pairing(event.required("pairingId"), event.required("villageCode"), event.required("form"),
                event.required("partnerId"), event.data().path("envoys").asInt(), event.date("startedOn"),
                event.version()));
    }

    /** The old pairing counts until the day of the handover, the new one (with the people it sends) from then. */
    private void handedOver(IncomingEvent event) {
        LocalDate on = event.date("handedOverOn");
        facts.ended(event.required("pairingId"), on, event.data().path("previousVersion").asInt());
        facts.paired(new AssistanceFacts.Pairing(event.required("newPairingId"), event.required("villageCode"), event.required("form"),
                event.required("newPartnerId"), event.data().path("envoys").asInt(), on, event.version()));
    }

    private void help(IncomingEvent event) {
        var d = event.data();
        facts.help(new AssistanceFacts.Help(event.required("helpId"), event.required("kind"), event.text("villageCode", null),
                event.required("townshipCode"), event.text("giverKind", null), event.date("date"),
                event.decimal("amount"), event.decimal("lengthKm"), d.path("households").asInt(),
                d.path("sessions").asInt(), d.path("peopleTrained").asInt(), d.path("petitionRisksResolved").asInt(), event.version()));
    }
}
