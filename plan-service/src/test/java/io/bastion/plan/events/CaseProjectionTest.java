package io.bastion.plan.events;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static io.bastion.plan.Callers.SCHEMAS;
import static io.bastion.plan.Callers.countyAdmin;
import static io.bastion.plan.Callers.identify;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case projection follows village-service's events through the real broker, each applied once. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CaseProjectionTest {

    private static final String STATUS_CHANGED = "bastion.village.case-status-changed.v1";
    private static final String UPDATED = "bastion.village.case-updated.v1";

    private static String statusChanged(String caseId, String village, String from, String to, int version) {
        return VillageEventData.caseStatusChanged(caseId, village, from, to, "2027-06-30", version);
    }

    private static String updated(String caseId, String village, String status, int version, String... categories) {
        return VillageEventData.caseUpdated(caseId, village, status, "COUNTY_C", version, categories);
    }

    private static void publish(String type, String village, String data) {
        assertEquals(List.of(), SCHEMAS.problems(type, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.village", type, village, data);
    }

    private static void awaitCase(String caseId, String field, Object value) {
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (Instant.now().isBefore(deadline)) {
            now = countyAdmin().get("/api/v1/cases/" + caseId).path(field);
            if (Objects.equals(value, now)) {
                return;
            }
        }
        throw new AssertionError(field + " of case " + caseId + " is " + now + ", not " + value);
    }

    @Test
    void changesApplyInVersionOrderAndRepeatsChangeNothing() {
        String village = "410423203331";
        String caseId = identify(village, "TEAM_INCOMPLETE");
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("status", equalTo("IDENTIFIED"))
                .body("villageName", equalTo("测试村331")).body("planId", equalTo(null));

        publish(UPDATED, village, updated(caseId, village, "IDENTIFIED", 2, "TEAM_INCOMPLETE", "NO_VENUE"));
        awaitCase(caseId, "grade", "COUNTY_C");
        // An older version, arriving late, changes nothing.
        publish(UPDATED, village, updated(caseId, village, "IDENTIFIED", 1, "TEAM_INCOMPLETE"));
        String moved = CloudEvents.publish("bastion.village", STATUS_CHANGED, village, statusChanged(caseId, village, "IDENTIFIED", "PLANNING", 3));
        awaitCase(caseId, "status", "PLANNING");
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("categories", contains("TEAM_INCOMPLETE", "NO_VENUE"))
                .body("rectifyDeadline", equalTo("2027-06-30"));
        // The same event delivered again (same id) is claimed once: the status set after it stays.
        publish(STATUS_CHANGED, village, statusChanged(caseId, village, "PLANNING", "RECTIFYING", 4));
        awaitCase(caseId, "status", "RECTIFYING");
        CloudEvents.publish("bastion.village", moved, STATUS_CHANGED, village, statusChanged(caseId, village, "IDENTIFIED", "PLANNING", 5));
        publish(VillageEventData.VILLAGE_UPDATED, village, VillageEventData.villageUpdated(village, "新名村", 4));
        awaitCase(caseId, "villageName", "新名村");
        countyAdmin().get("/api/v1/cases/" + caseId).then().body("status", equalTo("RECTIFYING"));
    }

    @Test
    void aCaseTheServiceNeverSawGoesToTheDeadLetterTopicWithTheReason() {
        String village = "410423203332";
        String caseId = UUID.randomUUID().toString();
        String id = CloudEvents.publish("bastion.village", STATUS_CHANGED, village, statusChanged(caseId, village, "IDENTIFIED", "PLANNING", 1));
        List<ConsumerRecord<String, String>> dead = CloudEvents.await("bastion.plan.dlq", r -> id.equals(CloudEvents.header(r, "ce_id")), 1);
        assertTrue(CloudEvents.header(dead.get(0), "dead-letter-reason").contains(caseId), CloudEvents.header(dead.get(0), "dead-letter-reason"));
        // The partition moved on: a later event for another case is applied.
        String next = identify("410423203333", "NO_VENUE");
        countyAdmin().get("/api/v1/cases/" + next).then().statusCode(200);
        countyAdmin().get("/api/v1/cases/" + caseId).then().statusCode(404);
    }
}
