package io.bastion.supervision.domain;

import io.bastion.platform.domain.Now;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock deadlines are judged by: the county's ({@link Now}). Tests that must stand at a given moment bring their own. */
@ApplicationScoped
public class CountyClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Now.clock();
    }
}
