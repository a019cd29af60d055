package io.bastion.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.Now;
import io.bastion.platform.persistence.TransactionOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * How every consumer takes in another service's events. Each event is applied in a transaction of
 * its own that first claims it in {@code processed_event}, so a redelivery changes nothing. Types
 * without a handler are acknowledged and ignored. An event that cannot be applied (not a CloudEvent,
 * not JSON, or refused by its handler) is nacked and so goes to this service's dead-letter topic
 * with the reason; the partition moves on. An event that failed only because the database was away
 * is tried again, the partition waiting, until it applies ({@link ApplyAgain}): a database restart
 * must not send good events to the dead-letter topic. Each outcome is counted per event type
 * for Prometheus: {@code bastion_events_applied_total}, {@code bastion_events_repeated_total} (a
 * redelivery, skipped), {@code bastion_events_retried_total} and {@code bastion_events_dead_lettered_total}.
 * Each event is applied in a span of the trace its {@code traceparent} header continues, so what its
 * handler writes, events included, belongs to the request that started it all.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    TransactionOutcomes outcomes;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    public CompletionStage<Void> consume(Message<String> message, Map<String, Consumer<IncomingEvent>> handlers) {
        String type = "unknown";
        try {
            IncomingCloudEventMetadata<?> metadata = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new UnusableEvent("not a CloudEvent: no ce_* headers"));
            type = metadata.getType();
            Consumer<IncomingEvent> handler = handlers.get(type);
            if (handler != null) {
                Optional<Boolean> applied = applyInItsTrace(message, metadata, handler);
                if (applied.isEmpty()) {
                    // Stopping: unacknowledged, the event is delivered again after the restart.
                    return new CompletableFuture<>();
                }
                count(applied.get() ? "bastion.events.applied" : "bastion.events.repeated", type);
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("event not applied, sent to the dead-letter topic: %s", e.getMessage());
            count("bastion.events.dead.lettered", type);
            return message.nack(e);
        }
    }

    /**
     * Claims and applies the event in a transaction of its own, tried again as {@link ApplyAgain}
     * says, within a consumer span of the trace the record carries. Whether it was applied now
     * (false: applied before); empty when the service stopped while waiting to try again.
     */
    private Optional<Boolean> applyInItsTrace(Message<String> message, IncomingCloudEventMetadata<?> metadata,
                                              Consumer<IncomingEvent> handler) {
        String type = metadata.getType();
        String source = metadata.getSource().toString();
        Span span = tracer.spanBuilder(type + " process").setParent(TraceContext.parent(traceparentOf(message)))
                .setSpanKind(SpanKind.CONSUMER).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.message.id", metadata.getId()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return ApplyAgain.until(() -> QuarkusTransaction.requiringNew().call(() -> outcomes.judge(() -> {
                boolean first = processed.claim(source, metadata.getId(), type);
                if (first) {
                    handler.accept(new IncomingEvent(metadata.getId(), source, type, timeOf(metadata), parse(message.getPayload())));
                }
                return first;
            })), Thread::sleep, failure -> {
                count("bastion.events.retried", type);
                LOG.warnf("event of type %s not applied yet (%s); trying again", type, failure.getClass().getSimpleName());
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private static String traceparentOf(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader(TraceContext.HEADER))
                .map(header -> new String(header.value(), StandardCharsets.US_ASCII))
                .orElse(null);
    }

    /** Per event type, so an operator sees which kind a consumer applies, skips as a repeat, or dead-letters. */
    private void count(String name, String type) {
        registry.counter(name, "type", type).increment();
    }

    private static OffsetDateTime timeOf(IncomingCloudEventMetadata<?> metadata) {
        return metadata.getTimeStamp().map(t -> t.toOffsetDateTime()).orElseGet(Now::timestamp);
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode data = json.readTree(payload == null ? "" : payload);
            if (data == null || !data.isObject()) {
                throw new UnusableEvent("data is not a JSON object");
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new UnusableEvent("data is not JSON: " + e.getOriginalMessage());
        }
    }

    /** An event that can never be applied as it is. */
    public static final class UnusableEvent extends RuntimeException {
        public UnusableEvent(String message) {
            super(message);
        }
    }
}
