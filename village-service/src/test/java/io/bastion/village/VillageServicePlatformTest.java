package io.bastion.village;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VillageServicePlatformTest extends ServicePlatformContract {

    /** A village of a township no other test uses, so the event changes nothing another test counts. */
    private static final String VILLAGE = "410423298104";

    VillageServicePlatformTest() {
        super("village-service");
    }

    @Override
    protected ConsumedEvent consumedEvent() {
        return new ConsumedEvent("bastion.assistance", "bastion.assistance.pairing-created.v1", VILLAGE, "{\"pairingId\":\""
                + UUID.randomUUID() + "\",\"caseId\":\"" + UUID.randomUUID() + "\",\"villageCode\":\"" + VILLAGE
                + "\",\"townshipCode\":\"410423298\",\"form\":\"COUNTY_LEADER_CONTACT\",\"partnerAccount\":\"platform-test-leader\","
                + "\"partnerKind\":\"LEADER\",\"partnerId\":\"" + UUID.randomUUID() + "\",\"envoys\":0,\"jointBranchSecretary\":false,"
                + "\"startedOn\":\"2026-11-01\",\"version\":0}");
    }
}
