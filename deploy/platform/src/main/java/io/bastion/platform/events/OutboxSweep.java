package io.bastion.platform.events;

import io.bastion.platform.schedule.Sweep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Wakes the relay now and then, to catch up on what a crash or a failed send left in the outbox. */
@ApplicationScoped
public class OutboxSweep implements Sweep {

    @Inject
    OutboxRelay relay;

    @Override
    public String intervalProperty() {
        return "bastion.outbox.sweep-interval";
    }

    @Override
    public void run() {
        relay.requestFlush();
    }
}
