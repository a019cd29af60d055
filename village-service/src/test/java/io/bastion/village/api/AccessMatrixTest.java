package io.bastion.village.api;

import io.bastion.devstack.infra.AccessMatrix;
import io.bastion.devstack.infra.AccessWorld;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.bastion.devstack.infra.AccessWorld.countyAdmin;

/**
 * Every operation of village-service, as every role, in every division side by side (see
 * {@link AccessMatrix}). Each target village has its township and county, a case, a team member with
 * an ID-card and a phone number, and a year's figures; the county leader and the department are
 * paired with A1 by assistance-service's events.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AccessMatrixTest extends AccessMatrix {


    AccessMatrixTest() {
        super("village-service");
    }

    @Override
    protected AccessWorld build() {
        AccessWorld w = new AccessWorld().reference("divisions", "campaigns")
                .alias("POST /api/v1/villages", "code", "villageCode").alias("POST /api/v1/divisions", "code", "villageCode")
                .query("from", "2026-01-01").query("to", "2026-12-31")
                .body("POST /api/v1/villages/import", t -> new AccessWorld.Body("text/csv",
                        "code,name,urbanRuralClass\n" + t.village + ",矩阵导入村,220\n", "dryRun=true"))
                .body("POST /api/v1/divisions/import", t -> new AccessWorld.Body("text/csv",
                        "code,name\n" + t.township() + "000,矩阵导入乡\n", "dryRun=true"));
        int seed = 0;
        for (Target t : Target.values()) {
            seed++;
            register(t, t.county() + "000000", "矩阵县" + t.county());
            register(t, t.township() + "000", "矩阵乡" + t.township());
            String name = "矩阵村" + t.name();
            countyAdmin(t).body("{\"code\":\"" + t.village + "\",\"name\":\"" + name + "\",\"urbanRuralClass\":\"220\"}")
                    .post("/api/v1/villages").then().statusCode(201);
            String caseId = countyAdmin(t).body("{\"villageCode\":\"" + t.village + "\",\"campaignYear\":2026,"
                            + "\"categories\":[\"TEAM_INCOMPLETE\"],\"basis\":\"矩阵依据\",\"source\":\"SCREENING\",\"grade\":\"CITY_B\"}")
                    .post("/api/v1/cases").then().statusCode(201).extract().path("id");
            String idCard = AccessWorld.idCard(t, seed);
            String phone = AccessWorld.phone(t, seed);
            String member = "矩阵书记" + t.name();
            String memberId = countyAdmin(t).body("{\"name\":\"" + member + "\",\"idCardNumber\":\"" + idCard + "\",\"phone\":\"" + phone
                            + "\",\"role\":\"SECRETARY\",\"committee\":\"PARTY_BRANCH\",\"appointmentSource\":\"FROM_VILLAGE\","
                            + "\"startedOn\":\"2026-03-01\"}")
                    .post("/api/v1/villages/" + t.village + "/team").then().statusCode(201).extract().path("id");
            countyAdmin(t).body("{\"partyMembersDeveloped\":2,\"activistsDeveloped\":3}")
                    .put("/api/v1/villages/" + t.village + "/indicators/2026").then().statusCode(201);
            w.at(t).path("villages", t.village).path("cases", caseId).path("team", memberId).path("indicators", "2026")
                    .path("campaigns", "2026").path("divisions", t.township() + "000")
                    .field("caseId", caseId)
                    .sentinel(name, member, caseId, memberId)
                    .personalData(idCard, Caller.COUNTY_ADMIN, Caller.TOWNSHIP_OPERATOR)
                    .personalData(phone, Caller.COUNTY_ADMIN, Caller.TOWNSHIP_OPERATOR);
            if (t == Target.A1) {
                AccessWorld.pairPartnersWithA1(caseId, "/api/v1/villages/" + t.village);
            }
        }
        return w;
    }

    private static void register(Target t, String code, String name) {
        int status = countyAdmin(t).body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}").post("/api/v1/divisions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not register " + code + ": " + status);
        }
    }
}
