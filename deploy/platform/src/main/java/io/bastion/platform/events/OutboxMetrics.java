package io.bastion.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What an operator watches of the outbox, as Prometheus gauges read at each scrape: how many events
 * wait to be published, how long the oldest has waited, and whether this instance leads the relay.
 * A backlog that grows, or an oldest age past a few sweeps, means Kafka or the relay is stuck.
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRelay relay;

    void register(@Observes StartupEvent event) {
        Gauge.builder("bastion.outbox.backlog", this, OutboxMetrics::backlog)
                .description("events written to the outbox and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("bastion.outbox.oldest.age", this, OutboxMetrics::oldestAge).baseUnit("seconds")
                .description("how long the oldest unpublished event has waited; 0 when none waits").register(registry);
        Gauge.builder("bastion.outbox.relay.leader", relay, r -> r.leading() ? 1 : 0)
                .description("1 while this instance holds the relay's lock, 0 while another does").register(registry);
    }

    double backlog() {
        return number("select count(*) from outbox where published_at is null");
    }

    double oldestAge() {
        return number("select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox where published_at is null");
    }

    private double number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).doubleValue());
    }
}
