package io.bastion.assistance.api;

import io.bastion.devstack.infra.AccessMatrix;
import io.bastion.devstack.infra.AccessWorld;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.bastion.devstack.infra.AccessWorld.countyAdmin;

/**
 * Every operation of assistance-service, as every role, in every division side by side (see
 * {@link AccessMatrix}). Each county registers a leader and a unit with an envoy (the county leader's
 * and the department's own in county A); each target village has a case, paired with its county's
 * leader and unit, and help recorded for it.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AccessMatrixTest extends AccessMatrix {


    AccessMatrixTest() {
        super("assistance-service");
    }

    /** A county's leader, unit and envoy, registered by its county admin. */
    private record Partners(String leaderId, String leaderName, String unitId, String unitName, String envoyId, String phone) {
    }

    @Override
    protected AccessWorld build() {
        AccessWorld w = new AccessWorld().reference("leaders", "units").query("by", "VILLAGE");
        Map<String, Partners> partners = new HashMap<>();
        Set<String> described = new HashSet<>();
        int seed = 0;
        for (Target t : Target.values()) {
            seed++;
            // County A's own leader and unit (the tokens') help A1; another pair helps A's other villages.
            String group = t == Target.A1 ? "own" : t.county();
            boolean own = t == Target.A1;
            int s = seed;
            Partners p = partners.computeIfAbsent(group, k -> register(t, own, s));
            Partners shown = t.county().equals(AccessWorld.COUNTY) ? partners.get("own") : p;
            String caseId = UUID.randomUUID().toString();
            CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, t.village,
                    VillageEventData.caseIdentified(caseId, t.village, "TEAM_INCOMPLETE"));
            AccessWorld.awaitStatus(countyAdmin(t), "/api/v1/cases/" + caseId, 200);
            String contact = countyAdmin(t).body("{\"caseId\":\"" + caseId + "\",\"form\":\"COUNTY_LEADER_CONTACT\",\"leaderId\":\""
                    + p.leaderId + "\"}").post("/api/v1/pairings").then().statusCode(201).extract().path("id");
            countyAdmin(t).body("{\"caseId\":\"" + caseId + "\",\"form\":\"WORK_TEAM\",\"unitId\":\"" + p.unitId + "\",\"envoys\":[\""
                    + p.envoyId + "\"]}").post("/api/v1/pairings").then().statusCode(201);
            String title = "矩阵帮扶" + t.name();
            String helpId = countyAdmin(t).body("{\"kind\":\"VISIT\",\"villageCode\":\"" + t.village + "\",\"leaderId\":\"" + p.leaderId
                            + "\",\"date\":\"2026-11-20\",\"title\":\"" + title + "\"}")
                    .post("/api/v1/help").then().statusCode(201).extract().path("id");
            // The county's reference data is addressed through its first pair: for county A, the tokens' own.
            w.at(t).path("cases", caseId).path("pairings", contact).path("help", helpId).path("leaders", shown.leaderId)
                    .path("units", shown.unitId).field("caseId", caseId).field("leaderId", shown.leaderId)
                    .field("unitId", shown.unitId)
                    .sentinel(caseId, contact, helpId, title);
            if (described.add(group)) {
                w.at(t).referenceSentinel(p.leaderName, p.unitName, p.leaderId, p.unitId);
                if (own) {
                    w.at(t).personalData(p.phone, Caller.COUNTY_ADMIN, Caller.TOWNSHIP_OPERATOR, Caller.DEPARTMENT);
                } else {
                    w.at(t).personalData(p.phone, Caller.COUNTY_ADMIN, Caller.TOWNSHIP_OPERATOR);
                }
            }
        }
        return w;
    }

    private static Partners register(Target t, boolean own, int seed) {
        String suffix = own ? "" : "-" + t.county() + "-" + t.name();
        String leaderName = "矩阵领导" + t.name();
        String unitName = "矩阵单位" + t.name();
        String leaderId = countyAdmin(t).body("{\"account\":\"" + AccessWorld.LEADER_ACCOUNT + suffix + "\",\"name\":\"" + leaderName
                + "\",\"post\":\"副县长\"}").post("/api/v1/leaders").then().statusCode(201).extract().path("id");
        String unitId = countyAdmin(t).body("{\"account\":\"" + AccessWorld.UNIT_ACCOUNT + suffix + "\",\"name\":\"" + unitName
                + "\",\"kind\":\"COUNTY_DEPARTMENT\"}").post("/api/v1/units").then().statusCode(201).extract().path("id");
        String phone = AccessWorld.phone(t, seed);
        String envoyId = countyAdmin(t).body("{\"name\":\"矩阵队员" + t.name() + "\",\"post\":\"科员\",\"phone\":\"" + phone + "\"}")
                .post("/api/v1/units/" + unitId + "/envoys").then().statusCode(201).extract().path("id");
        return new Partners(leaderId, leaderName, unitId, unitName, envoyId, phone);
    }
}
