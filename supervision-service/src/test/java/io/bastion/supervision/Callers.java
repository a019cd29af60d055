package io.bastion.supervision;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.EventSchemas;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests as the people of the county make them, each with a real signed token, and cases as village-service announces them. */
public final class Callers {

    public static final EventSchemas SCHEMAS = EventSchemas.load(Path.of(""));

    private static final RestAssuredConfig CONFIG = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Callers() {
    }

    public static RequestSpecification as(String role, String division) {
        String token = TestInfrastructure.shared().tokens.token(role + "@" + division, role, division, Duration.ofHours(1));
        return given().config(CONFIG).auth().oauth2(token).contentType("application/json");
    }

    public static RequestSpecification countyAdmin() {
        return as("county-admin", "410423");
    }

    public static RequestSpecification inspector() {
        return as("inspector", "410423");
    }

    public static RequestSpecification township() {
        return as("township-operator", "410423203");
    }

    /** Announces a case identified in village-service and moved to RECTIFYING, and waits until this service has it. */
    public static String rectifying(String villageCode) {
        String caseId = UUID.randomUUID().toString();
        publish(VillageEventData.CASE_IDENTIFIED, villageCode, VillageEventData.caseIdentified(caseId, villageCode, "TEAM_INCOMPLETE"));
        publish(VillageEventData.CASE_STATUS_CHANGED, villageCode,
                VillageEventData.caseStatusChanged(caseId, villageCode, "IDENTIFIED", "PLANNING", null, 1));
        publish(VillageEventData.CASE_STATUS_CHANGED, villageCode,
                VillageEventData.caseStatusChanged(caseId, villageCode, "PLANNING", "RECTIFYING", null, 2));
        awaitStatus(caseId, "RECTIFYING");
        return caseId;
    }

    /** Announces a move as village-service would after one of this service's events, and waits until the projection has it. */
    public static void moved(String caseId, String villageCode, String from, String to, String deadline, int version) {
        publish(VillageEventData.CASE_STATUS_CHANGED, villageCode,
                VillageEventData.caseStatusChanged(caseId, villageCode, from, to, deadline, version));
        awaitStatus(caseId, to);
    }

    private static void publish(String type, String villageCode, String data) {
        assertEquals(List.of(), SCHEMAS.problems(type, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.village", type, villageCode, data);
    }

    /** Waits until the case's status as this service knows it (through its acceptance queue's case view) is {@code status}. */
    public static void awaitStatus(String caseId, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (Instant.now().isBefore(deadline)) {
            var response = countyAdmin().get("/api/v1/cases/" + caseId);
            now = response.statusCode() == 200 ? response.path("status") : "HTTP " + response.statusCode();
            if (Objects.equals(status, now)) {
                return;
            }
        }
        throw new AssertionError("case " + caseId + " is " + now + ", not " + status + " after 30 s");
    }
}
