package io.bastion.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import org.apache.kafka.common.header.internals.RecordHeaders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends outbox rows to Kafka as CloudEvents, oldest first, and marks them published once Kafka has
 * acknowledged them ({@code acks=all}, idempotent producer). A crash between the send and the mark
 * sends a row again; consumers skip repeats by event id, so nothing is lost and nothing applied twice.
 *
 * <p>Only one instance relays at a time (a transaction-scoped advisory lock), which keeps each
 * village's events in order even when several instances of the service run.
 *
 * <p>The service configures the outgoing channel {@code outbox} (its topic, serializers, {@code acks=all},
 * idempotence) and names itself in {@code bastion.events.source}, e.g. {@code /bastion/plan-service}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"
    static final String SCHEMA_BASE = "https://bastion.example/events/";

    @Inject
    EntityManager em;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> emitter;

    @ConfigProperty(name = "bastion.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "bastion.events.source")
    URI source;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean leading;

    /**
     * Starts relaying once the application is up: observed last, after Reactive Messaging has
     * connected the emitter's channel, which this bean's creation needs.
     */
    void start(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        running = true;
        requestFlush();
    }

    /** Stops before the persistence unit closes; what is left is sent after the next start. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Whether this instance held the relay's lock at its last attempt, every sweep or so. */
    public boolean leading() {
        return leading;
    }

    /** Asks for a flush soon; requests made while one is queued are folded into it. */
    public void requestFlush() {
        if (running && flushQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                flushQueued.set(false);
                flushSafely();
            });
        }
    }

    private void flushSafely() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay failed; the next sweep retries");
        }
    }

    /** Sends one batch and marks it published, in one transaction; returns how many rows it sent. */
    private int relayBatch() {
        leading = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
        if (!leading) {
            return 0;
        }
        List<OutboxEntry> batch = em.createQuery(
                        "from OutboxEntry where publishedAt is null order by id", OutboxEntry.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEntry entry : batch) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            emitter.send(Message.of(entry.payload, metadataOf(entry),
                    () -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    },
                    failure -> {
                        ack.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            acks.add(ack);
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e);
        }
        em.createQuery("update OutboxEntry set publishedAt = current_timestamp where id in :ids")
                .setParameter("ids", batch.stream().map(e -> e.id).toList())
                .executeUpdate();
        return batch.size();
    }

    /** The trace context the event was written in travels with it, so its consumers continue that trace. */
    private static RecordHeaders headersOf(OutboxEntry entry) {
        RecordHeaders headers = new RecordHeaders();
        if (entry.traceParent != null) {
            headers.add(TraceContext.HEADER, entry.traceParent.getBytes(StandardCharsets.US_ASCII));
        }
        return headers;
    }

    private Metadata metadataOf(OutboxEntry entry) {
        return Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(entry.subject).withHeaders(headersOf(entry)).build(),
                OutgoingCloudEventMetadata.<String>builder()
                        .withId(entry.eventId.toString())
                        .withSource(source)
                        .withType(entry.eventType)
                        .withSubject(entry.subject)
                        .withTimestamp(entry.occurredAt.atZoneSameInstant(ZoneOffset.UTC))
                        .withDataSchema(URI.create(SCHEMA_BASE + entry.eventType + ".json"))
                        .withDataContentType("application/json")
                        .build());
    }

}
