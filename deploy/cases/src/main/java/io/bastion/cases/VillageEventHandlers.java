package io.bastion.cases;

import io.bastion.platform.events.IncomingEvent;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What a service does with village-service's events beyond the case projection, by event type.
 * {@link CaseEventConsumer} runs a service's handler after its own for the same event, in the same
 * transaction, so the case is there when the service's handler reads it.
 */
public interface VillageEventHandlers {

    Map<String, Consumer<IncomingEvent>> handlers();
}
