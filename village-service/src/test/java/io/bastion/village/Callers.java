package io.bastion.village;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;

/** Requests as the people of the county make them, each with a real signed token. */
public final class Callers {

    public static final String COUNTY = "410423";
    public static final String TOWNSHIP = "410423203";
    public static final String OTHER_TOWNSHIP = "410423204";

    /** Bodies go as they are: no charset added to text types, NDJSON sent as text. */
    private static final RestAssuredConfig CONFIG = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false)
            .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT));

    private Callers() {
    }

    public static RequestSpecification as(String role, String division) {
        String token = TestInfrastructure.shared().tokens.token(role + "@" + division, role, division, Duration.ofHours(1));
        return given().config(CONFIG).auth().oauth2(token).contentType("application/json");
    }

    public static RequestSpecification countyAdmin() {
        return as("county-admin", COUNTY);
    }

    public static RequestSpecification townshipOperator(String township) {
        return as("township-operator", township);
    }

    /** The county and its two townships every test may rely on; registering them twice is harmless. */
    public static void ensureDivisions() {
        for (String[] division : new String[][]{
                {COUNTY + "000000", "鲁山县"}, {TOWNSHIP + "000", "熊背乡"}, {OTHER_TOWNSHIP + "000", "背孜乡"}}) {
            int status = countyAdmin().body("{\"code\":\"" + division[0] + "\",\"name\":\"" + division[1] + "\"}")
                    .post("/api/v1/divisions").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("could not register " + division[0] + ": " + status);
            }
        }
    }

    /** Registers a village for a test that needs one; registering it twice is harmless. */
    public static void ensureVillage(String code, String name) {
        int status = countyAdmin().body(village(code, name)).post("/api/v1/villages").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not register " + code + ": " + status);
        }
    }

    /** A JSON body opening a case for the village in 2026, as a city-B key-contact village. */
    public static String caseOf(String villageCode, String... categories) {
        String list = categories.length == 0 ? "\"TEAM_INCOMPLETE\",\"DISCLOSURE_CHAOS\""
                : "\"" + String.join("\",\"", categories) + "\"";
        return "{\"villageCode\":\"" + villageCode + "\",\"campaignYear\":2026,\"categories\":[" + list + "],"
                + "\"basis\":\"书记长期缺职，村务公开不及时\",\"source\":\"SCREENING\",\"talksHeld\":12,"
                + "\"suggestionsCollected\":25,\"questionnaires\":40,\"hardCaseFlags\":[\"SECRETARY_LONG_VACANT\"],"
                + "\"grade\":\"CITY_B\"}";
    }

    /** A JSON body for a valid village in the given township. */
    public static String village(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"urbanRuralClass\":\"220\","
                + "\"households\":512,\"population\":2046,\"partyMembers\":47,\"partyOrganizationForm\":\"BRANCH\"}";
    }

    /**
     * Moves a case as the campaign does: publishes the event of the service that decides the move
     * (plan-service's drafting and approval, supervision-service's acceptance, assessment and
     * write-off) and waits until the case has moved.
     */
    public static void moveAsDecided(String caseId, String to, String newDeadline) {
        String from = countyAdmin().get("/api/v1/cases/" + caseId).path("status");
        String village = countyAdmin().get("/api/v1/cases/" + caseId).path("villageCode");
        String[] decided = switch (to) {
            case "PLANNING" -> new String[]{"bastion.plan", "bastion.plan.drafted.v1"};
            case "RECTIFYING" -> "PLANNING".equals(from) ? new String[]{"bastion.plan", "bastion.plan.approved.v1"}
                    : new String[]{"bastion.supervision", "bastion.supervision.acceptance-failed.v1"};
            case "ACCEPTANCE" -> new String[]{"bastion.supervision", "bastion.supervision.acceptance-requested.v1"};
            case "CONSOLIDATING" -> new String[]{"bastion.supervision", "bastion.supervision.acceptance-passed.v1"};
            case "WRITTEN_OFF" -> new String[]{"bastion.supervision", "bastion.supervision.case-written-off.v1"};
            default -> throw new IllegalArgumentException("no step moves a case to " + to);
        };
        CloudEvents.publish(decided[0], decided[1], village, "{\"caseId\":\"" + caseId + "\",\"villageCode\":\"" + village + "\""
                + (newDeadline == null ? "" : ",\"newDeadline\":\"" + newDeadline + "\"") + "}");
        awaitStatus(caseId, to);
    }

    /** Waits up to 30 s until the case is in the status. */
    public static void awaitStatus(String caseId, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        String now = null;
        while (Instant.now().isBefore(deadline)) {
            now = countyAdmin().get("/api/v1/cases/" + caseId).path("status");
            if (status.equals(now)) {
                return;
            }
        }
        throw new AssertionError("case " + caseId + " is " + now + ", not " + status + ", after 30 s");
    }
}
