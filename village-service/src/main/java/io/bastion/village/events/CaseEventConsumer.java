package io.bastion.village.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.village.domain.Actor;
import io.bastion.village.domain.CaseRegistry;
import io.bastion.village.domain.CaseStatus;
import io.bastion.village.domain.Trigger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Moves cases on the events of plan-service and supervision-service. Each event is applied in one
 * transaction together with the record that it was applied, so a redelivery changes nothing. An
 * event that cannot be applied (not a CloudEvent, no such case, a move the lifecycle does not have)
 * is nacked and so goes to {@code bastion.village.dlq} with the reason; the partition moves on.
 * Event types this service does not act on are acknowledged and ignored.
 */
@ApplicationScoped
public class CaseEventConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventConsumer.class);

    /** What each event type does to a case. */
    static final Map<String, CaseStatus> MOVES = Map.of(
            "bastion.plan.drafted.v1", CaseStatus.PLANNING,
            "bastion.plan.approved.v1", CaseStatus.RECTIFYING,
            "bastion.supervision.acceptance-requested.v1", CaseStatus.ACCEPTANCE,
            "bastion.supervision.acceptance-failed.v1", CaseStatus.RECTIFYING,
            "bastion.supervision.acceptance-passed.v1", CaseStatus.CONSOLIDATING,
            "bastion.supervision.case-written-off.v1", CaseStatus.WRITTEN_OFF);
    static final String RELAPSE_FOUND = "bastion.supervision.relapse-found.v1";

    @Inject
    CaseRegistry cases;

    @Inject
    ProcessedEvents processed;

    @Inject
    ObjectMapper json;

    @Incoming("plan-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return consume(message);
    }

    @Incoming("supervision-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onSupervisionEvent(Message<String> message) {
        return consume(message);
    }

    private CompletionStage<Void> consume(Message<String> message) {
        try {
            IncomingCloudEventMetadata<?> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new UnusableEvent("not a CloudEvent: no ce_* headers"));
            if (MOVES.containsKey(event.getType()) || RELAPSE_FOUND.equals(event.getType())) {
                QuarkusTransaction.requiringNew().run(() -> apply(event, message.getPayload()));
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("event not applied, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    private void apply(IncomingCloudEventMetadata<?> event, String payload) {
        String source = event.getSource().toString();
        if (!processed.claim(source, event.getId(), event.getType())) {
            return;
        }
        JsonNode data = parse(payload);
        UUID caseId = uuid(data, "caseId");
        Actor actor = new Actor(source, java.util.Set.of(), event.getId());
        Trigger trigger = new Trigger(event.getId(), event.getType());
        if (RELAPSE_FOUND.equals(event.getType())) {
            List<String> categories = new ArrayList<>();
            data.path("categories").forEach(c -> categories.add(c.asText()));
            cases.relapse(caseId, categories, text(data, "basis", "relapse found at a follow-up visit"), actor, trigger);
            return;
        }
        CaseStatus to = MOVES.get(event.getType());
        // A move the case has already made (the same fact announced again under a new id) changes nothing.
        if (cases.get(caseId).status == to) {
            return;
        }
        LocalDate deadline = data.hasNonNull("newDeadline") ? LocalDate.parse(data.get("newDeadline").asText()) : null;
        cases.move(caseId, null, to, text(data, "reason", event.getType()), deadline, actor, trigger);
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

    private static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new UnusableEvent("no valid " + field + " in the data");
        }
    }

    private static String text(JsonNode data, String field, String fallback) {
        return data.hasNonNull(field) ? data.get(field).asText() : fallback;
    }

    /** An event that can never be applied as it is. */
    static final class UnusableEvent extends RuntimeException {
        UnusableEvent(String message) {
            super(message);
        }
    }
}
