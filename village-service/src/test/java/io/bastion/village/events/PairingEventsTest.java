package io.bastion.village.events;

import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.village.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static io.bastion.village.Callers.caseOf;
import static io.bastion.village.Callers.countyAdmin;
import static io.bastion.village.Callers.ensureVillage;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.fail;

/** County leaders and departments read what assistance-service's pairings give them, and nothing else. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PairingEventsTest {

    private static final String VILLAGE = "410423203351";
    private static final Supplier<RequestSpecification> LEADER = () -> Callers.as("county-leader", "410423");
    private static final Supplier<RequestSpecification> DEPARTMENT = () -> Callers.as("department", "410423");

    private static void publish(String type, String data) {
        CloudEvents.publish("bastion.assistance", type, VILLAGE, data);
    }

    private static void awaitStatus(Supplier<RequestSpecification> caller, String path, int status) {
        Instant deadline = Instant.now().plusSeconds(30);
        int now = -1;
        while (Instant.now().isBefore(deadline)) {
            now = caller.get().get(path).statusCode();
            if (now == status) {
                return;
            }
        }
        fail(path + " answered " + now + ", not " + status + ", after 30 s");
    }

    @Test
    void aPairingOpensItsVillageToTheLeaderAndAHandoverAndAnEndMoveItOn() throws Exception {
        Callers.ensureDivisions();
        ensureVillage(VILLAGE, "结对村");
        ensureVillage("410423203352", "未结对村");
        String caseId = countyAdmin().body(caseOf(VILLAGE)).post("/api/v1/cases").then().statusCode(201).extract().path("id");

        LEADER.get().get("/api/v1/villages/" + VILLAGE).then().statusCode(404);
        String pairing = UUID.randomUUID().toString();
        publish("bastion.assistance.pairing-created.v1", "{\"pairingId\":\"" + pairing + "\",\"caseId\":\"" + caseId
                + "\",\"villageCode\":\"" + VILLAGE + "\",\"form\":\"COUNTY_LEADER_CONTACT\",\"partnerAccount\":\"county-leader@410423\"}");
        awaitStatus(LEADER, "/api/v1/villages/" + VILLAGE, 200);
        LEADER.get().get("/api/v1/villages").then().statusCode(200).body("items.code", contains(VILLAGE));
        LEADER.get().get("/api/v1/cases").then().statusCode(200).body("items.id", contains(caseId));
        LEADER.get().get("/api/v1/cases/" + caseId).then().statusCode(200);
        LEADER.get().get("/api/v1/villages/" + VILLAGE + "/team").then().statusCode(200);
        LEADER.get().get("/api/v1/villages/410423203352").then().statusCode(404);
        LEADER.get().body("{\"households\":1}").header("If-Match", "\"0\"").patch("/api/v1/villages/" + VILLAGE).then().statusCode(403);
        LEADER.get().get("/api/v1/teams/counts?from=2025-01-01&to=2025-12-31").then().statusCode(403);
        DEPARTMENT.get().get("/api/v1/villages/" + VILLAGE).then().statusCode(404);

        String handedTo = UUID.randomUUID().toString();
        publish("bastion.assistance.pairing-handed-over.v1", "{\"pairingId\":\"" + pairing + "\",\"newPairingId\":\"" + handedTo
                + "\",\"villageCode\":\"" + VILLAGE + "\",\"form\":\"WORK_TEAM\",\"newPartnerAccount\":\"department@410423\"}");
        awaitStatus(DEPARTMENT, "/api/v1/villages/" + VILLAGE, 200);
        LEADER.get().get("/api/v1/villages/" + VILLAGE).then().statusCode(404);

        publish("bastion.assistance.pairing-ended.v1", "{\"pairingId\":\"" + handedTo + "\",\"villageCode\":\"" + VILLAGE + "\"}");
        awaitStatus(DEPARTMENT, "/api/v1/villages/" + VILLAGE, 404);
        DEPARTMENT.get().get("/api/v1/villages").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
