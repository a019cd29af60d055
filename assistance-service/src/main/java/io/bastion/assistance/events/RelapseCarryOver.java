package io.bastion.assistance.events;

import io.bastion.assistance.domain.Pairings;
import io.bastion.cases.VillageEventHandlers;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A case opened for a relapse names the case it follows: the pairings still helping the village go
 * on with the new one. bastion-cases' consumer runs this after projecting the new case, in the same
 * transaction, so a redelivery finds nothing left to carry.
 */
@ApplicationScoped
public class RelapseCarryOver implements VillageEventHandlers {

    @Inject
    Pairings pairings;

    private final Map<String, Consumer<IncomingEvent>> handlers = Map.of("bastion.village.case-identified.v1", this::identified);

    @Override
    public Map<String, Consumer<IncomingEvent>> handlers() {
        return handlers;
    }

    private void identified(IncomingEvent event) {
        if (event.data().hasNonNull("previousCaseId")) {
            pairings.carryOver(event.uuid("previousCaseId"), event.uuid("caseId"),
                    Actor.system(event.source(), event.id(), event.required("villageCode")));
        }
    }
}
