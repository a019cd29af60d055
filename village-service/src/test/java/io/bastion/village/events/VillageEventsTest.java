package io.bastion.village.events;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.TopicRecords;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.village;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What village-service publishes, read back from the real broker. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VillageEventsTest {

    private static final EventSchemas SCHEMAS = EventSchemas.load(Path.of(""));

    @BeforeEach
    void divisions() {
        Callers.ensureDivisions();
    }

    /** One trace from the request through the outbox onto Kafka: the record names the request's trace, and the request's span is exported. */
    @Test
    void theEventOfATracedRequestCarriesItsTraceOntoKafka() {
        String code = "410423203262";
        String traceId = UUID.randomUUID().toString().replace("-", "");
        countyAdmin().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").body(village(code, "追踪村"))
                .post("/api/v1/villages").then().statusCode(201);
        ConsumerRecord<String, String> event = CloudEvents.await("bastion.village", r -> code.equals(r.key()), 1).get(0);
        String traceparent = CloudEvents.header(event, "traceparent");
        assertNotNull(traceparent, "the record carries no trace context");
        assertEquals(traceId, traceparent.split("-")[1], "the record continues the request's trace");
        assertTrue(TestInfrastructure.shared().collector.awaitTrace(traceId), "the request's span was not exported");
    }

    @Test
    void oneCloudEventPerChangeKeyedByTheVillageAndValidAgainstItsSchema() throws Exception {
        String code = "410423203261";
        countyAdmin().body(village(code, "事件村")).post("/api/v1/villages").then().statusCode(201);
        countyAdmin().header("If-Match", "\"0\"").body("{\"households\":600}").patch("/api/v1/villages/" + code).then().statusCode(200);
        countyAdmin().header("If-Match", "\"1\"").body("{\"households\":600}").patch("/api/v1/villages/" + code).then().statusCode(200);
        countyAdmin().header("If-Match", "\"1\"").delete("/api/v1/villages/" + code).then().statusCode(204);

        awaitRelayed(code);
        List<ConsumerRecord<String, String>> events = eventsOf(code);
        assertEquals(List.of(VillageStateChanged.REGISTERED, VillageStateChanged.UPDATED, VillageRemoved.TYPE),
                events.stream().map(r -> CloudEvents.header(r, "ce_type")).toList(),
                "one event per change, in order, and none for the patch that changed nothing");
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, String> event : events) {
            String type = CloudEvents.header(event, "ce_type");
            assertEquals("1.0", CloudEvents.header(event, "ce_specversion"));
            assertTrue(ids.add(UUID.fromString(CloudEvents.header(event, "ce_id")).toString()), "event ids are unique");
            assertEquals("/bastion/village-service", CloudEvents.header(event, "ce_source"));
            assertEquals(code, CloudEvents.header(event, "ce_subject"));
            assertEquals(EventSchemas.BASE + type + ".json", CloudEvents.header(event, "ce_dataschema"));
            assertEquals("application/json", CloudEvents.header(event, "content-type"));
            assertNotNull(OffsetDateTime.parse(CloudEvents.header(event, "ce_time")));
            assertEquals(List.of(), SCHEMAS.problems(type, event.value()), type + ": " + event.value());
        }
        assertEquals(600, new JsonObject(events.get(1).value()).getInteger("households"), events.get(1).value());
    }

    @Test
    void everyTypeTheServicePublishesHasASchema() {
        assertTrue(SCHEMAS.types().containsAll(List.of(
                VillageStateChanged.REGISTERED, VillageStateChanged.UPDATED, VillageRemoved.TYPE)), SCHEMAS.types().toString());
        SCHEMAS.types().forEach(type -> assertEquals(type, SCHEMAS.schema(type).getString("title"), "title of " + type));
    }

    @Test
    void theSchemasRejectWhatTheyShould() {
        assertTrue(!SCHEMAS.problems(VillageRemoved.TYPE, "{\"villageCode\":\"4104\",\"version\":1}").isEmpty());
        assertTrue(!SCHEMAS.problems(VillageStateChanged.UPDATED, "{\"villageCode\":\"410423203201\"}").isEmpty());
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String code) {
        return TopicRecords.readAll(TestInfrastructure.shared().kafka.bootstrapServers(), "bastion.village").stream()
                .filter(r -> code.equals(r.key()))
                .collect(Collectors.toList());
    }

    /** Waits until the relay has sent every outbox row of the village, so the topic holds them all. */
    private static void awaitRelayed(String code) throws Exception {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database), infra.postgres.user(), infra.postgres.password());
             PreparedStatement pending = c.prepareStatement("select count(*) from outbox where subject = ? and published_at is null")) {
            pending.setString(1, code);
            while (true) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("outbox rows of " + code + " not relayed within 30 s");
                }
                c.createStatement().execute("select pg_sleep(0.1)");
            }
        }
    }
}
