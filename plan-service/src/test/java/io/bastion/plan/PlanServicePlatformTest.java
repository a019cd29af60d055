package io.bastion.plan;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PlanServicePlatformTest extends ServicePlatformContract {

    /** A village of a township no other test uses, so the event changes nothing another test counts. */
    private static final String VILLAGE = "410423298101";

    PlanServicePlatformTest() {
        super("plan-service");
    }

    @Override
    protected ConsumedEvent consumedEvent() {
        return new ConsumedEvent("bastion.village", VillageEventData.CASE_IDENTIFIED, VILLAGE,
                VillageEventData.caseIdentified(UUID.randomUUID().toString(), VILLAGE, "TEAM_INCOMPLETE"));
    }
}
