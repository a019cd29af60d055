package io.bastion.supervision;

import io.bastion.devstack.infra.ServicePlatformContract;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class SupervisionServicePlatformTest extends ServicePlatformContract {

    /** A village of a township no other test uses, so the event changes nothing another test counts. */
    private static final String VILLAGE = "410423298103";

    SupervisionServicePlatformTest() {
        super("supervision-service");
    }

    @Override
    protected ConsumedEvent consumedEvent() {
        return new ConsumedEvent("bastion.village", VillageEventData.CASE_IDENTIFIED, VILLAGE,
                VillageEventData.caseIdentified(UUID.randomUUID().toString(), VILLAGE, "TEAM_INCOMPLETE"));
    }

    /**
     * fact_source: the version each source record was counted at, kept by the consumers. A request reads
     * it only joined to the caller's scoped cases (which villages' years arrived), never on its own.
     */
    @Override
    protected Set<String> unscopedTables() {
        Set<String> tables = new HashSet<>(super.unscopedTables());
        tables.add("fact_source");
        return tables;
    }
}
