package io.bastion.plan;

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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests as the people of the county make them, each with a real signed token, and cases as village-service announces them. */
public final class Callers {

    public static final String COUNTY = "410423";
    public static final String TOWNSHIP = "410423203";
    public static final String OTHER_TOWNSHIP = "410423204";
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
        return as("county-admin", COUNTY);
    }

    public static RequestSpecification township() {
        return as("township-operator", TOWNSHIP);
    }

    /**
     * Announces a case identified in village-service, as its relay would (the data valid against the
     * event's schema), and waits until plan-service knows it; returns the case id.
     */
    public static String identify(String villageCode, String... categories) {
        String caseId = UUID.randomUUID().toString();
        String data = VillageEventData.caseIdentified(caseId, villageCode, categories);
        assertEquals(List.of(), SCHEMAS.problems(VillageEventData.CASE_IDENTIFIED, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, villageCode, data);
        awaitStatus(caseId, 200);
        return caseId;
    }

    /** Waits up to 30 s until reading the case answers this status. */
    public static void awaitStatus(String caseId, int status) {
        Instant deadline = Instant.now().plusSeconds(30);
        int now = -1;
        while (Instant.now().isBefore(deadline)) {
            now = countyAdmin().get("/api/v1/cases/" + caseId).statusCode();
            if (now == status) {
                return;
            }
        }
        throw new AssertionError("case " + caseId + " answers " + now + ", not " + status + ", after 30 s");
    }
}
