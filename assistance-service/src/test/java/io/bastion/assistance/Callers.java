package io.bastion.assistance;

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

    public static final String COUNTY = "410423";
    public static final String TOWNSHIP = "410423203";
    public static final EventSchemas SCHEMAS = EventSchemas.load(Path.of(""));

    private static final RestAssuredConfig CONFIG = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Callers() {
    }

    /** A caller whose token's subject is {@code account}. */
    public static RequestSpecification as(String account, String role, String division) {
        String token = TestInfrastructure.shared().tokens.token(account, role, division, Duration.ofHours(1));
        return given().config(CONFIG).auth().oauth2(token).contentType("application/json");
    }

    public static RequestSpecification countyAdmin() {
        return as("county-admin@410423", "county-admin", COUNTY);
    }

    public static RequestSpecification township() {
        return as("township-operator@410423203", "township-operator", TOWNSHIP);
    }

    public static RequestSpecification leader(String account) {
        return as(account, "county-leader", COUNTY);
    }

    public static RequestSpecification department(String account) {
        return as(account, "department", COUNTY);
    }

    /** Announces a case identified in village-service and waits until assistance-service knows it; returns its id. */
    public static String identify(String villageCode) {
        String caseId = UUID.randomUUID().toString();
        publish(VillageEventData.CASE_IDENTIFIED, villageCode, VillageEventData.caseIdentified(caseId, villageCode, "TEAM_INCOMPLETE"));
        await(caseId, "coverage.status", "IDENTIFIED");
        return caseId;
    }

    /** Announces a move of the case, as village-service would, and waits until assistance-service has it. */
    public static void move(String caseId, String villageCode, String from, String to, String deadline, int version) {
        publish(VillageEventData.CASE_STATUS_CHANGED, villageCode,
                VillageEventData.caseStatusChanged(caseId, villageCode, from, to, deadline, version));
        await(caseId, "coverage.status", to);
    }

    public static void publish(String type, String villageCode, String data) {
        assertEquals(List.of(), SCHEMAS.problems(type, data), "the test's event keeps the contract");
        CloudEvents.publish("bastion.village", type, villageCode, data);
    }

    /** Waits up to 30 s until a field of the case's assistance has the value. */
    public static void await(String caseId, String field, Object value) {
        Instant deadline = Instant.now().plusSeconds(30);
        Object now = null;
        while (Instant.now().isBefore(deadline)) {
            var response = countyAdmin().get("/api/v1/cases/" + caseId);
            now = response.statusCode() == 200 ? response.path(field) : "HTTP " + response.statusCode();
            if (Objects.equals(value, now)) {
                return;
            }
        }
        throw new AssertionError(field + " of case " + caseId + " is " + now + ", not " + value + " after 30 s");
    }

    /** Registers a county leader with this account; returns its id. */
    public static String registerLeader(String account, String name) {
        return countyAdmin().body("{\"account\":\"" + account + "\",\"name\":\"" + name + "\",\"post\":\"副县长\"}")
                .post("/api/v1/leaders").then().statusCode(201).extract().path("id");
    }

    /** Registers a county department with this account; returns its id. */
    public static String registerUnit(String account, String name) {
        return countyAdmin().body("{\"account\":\"" + account + "\",\"name\":\"" + name + "\",\"kind\":\"COUNTY_DEPARTMENT\"}")
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
    }

    public static String registerEnvoy(String unitId, String name, String phone) {
        return countyAdmin().body("{\"name\":\"" + name + "\",\"post\":\"科员\",\"phone\":\"" + phone + "\"}")
                .post("/api/v1/units/" + unitId + "/envoys").then().statusCode(201).extract().path("id");
    }

    public static String contact(String caseId, String leaderId) {
        return "{\"caseId\":\"" + caseId + "\",\"form\":\"COUNTY_LEADER_CONTACT\",\"leaderId\":\"" + leaderId + "\"}";
    }
}
