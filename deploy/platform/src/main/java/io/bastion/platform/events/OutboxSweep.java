package io.bastion.platform.events;

import io.bastion.platform.schedule.Sweep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wakes the relay now and then, to catch up on what a crash or a failed send left in the outbox. */
@ApplicationScoped
public class OutboxSweep implements Sweep {

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "bastion.outbox.sweep-interval", defaultValue = "2s")
    String every;

    @Override
    public String name() {
        return "outbox-sweep";
    }

    @Override
    public String every() {
        return every;
    }

    @Override
    public void run() {
        relay.requestFlush();
    }
}
