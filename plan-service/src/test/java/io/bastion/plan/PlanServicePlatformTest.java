package io.bastion.plan;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PlanServicePlatformTest extends ServicePlatformContract {

    PlanServicePlatformTest() {
        super("plan-service");
    }
}
