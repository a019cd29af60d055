package io.bastion.pairings;

import io.bastion.platform.events.IncomingEvent;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What a service does with assistance-service's events beyond the pairing projection, by event
 * type. {@link PairingEventConsumer} runs a service's handler after its own for the same event, in
 * the same transaction.
 */
public interface AssistanceEventHandlers {

    Map<String, Consumer<IncomingEvent>> handlers();
}
