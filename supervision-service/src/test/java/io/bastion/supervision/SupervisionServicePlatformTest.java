package io.bastion.supervision;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.HashSet;
import java.util.Set;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class SupervisionServicePlatformTest extends ServicePlatformContract {

    SupervisionServicePlatformTest() {
        super("supervision-service");
    }

    /** fact_source: the version each source record was counted at, kept by the consumers; no request reads it. */
    @Override
    protected Set<String> unscopedTables() {
        Set<String> tables = new HashSet<>(super.unscopedTables());
        tables.add("fact_source");
        return tables;
    }
}
