package io.bastion.village;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class VillageServicePlatformTest extends ServicePlatformContract {

    VillageServicePlatformTest() {
        super("village-service");
    }
}
