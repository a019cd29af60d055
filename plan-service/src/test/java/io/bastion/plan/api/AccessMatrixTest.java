package io.bastion.plan.api;

import io.bastion.devstack.infra.AccessMatrix;
import io.bastion.devstack.infra.AccessWorld;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.CloudEvents;
import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.devstack.infra.VillageEventData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.UUID;

import static io.bastion.devstack.infra.AccessWorld.countyAdmin;
import static io.bastion.plan.PlanBodies.DEADLINE;
import static io.bastion.plan.PlanBodies.approval;
import static io.bastion.plan.PlanBodies.evaluation;
import static io.bastion.plan.PlanBodies.measure;
import static io.bastion.plan.PlanBodies.plan;
import static io.bastion.plan.PlanBodies.problem;

/**
 * Every operation of plan-service, as every role, in every division side by side (see
 * {@link AccessMatrix}). Each target village has a case (from village-service's events) and its plan,
 * submitted, evaluated and approved, with a measure whose township asked for a later deadline; the
 * county leader and the department are paired with A1 by assistance-service's events.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AccessMatrixTest extends AccessMatrix {


    AccessMatrixTest() {
        super("plan-service");
    }

    @Override
    protected AccessWorld build() {
        // The plans are submitted once: the diff compares the first submission with itself.
        AccessWorld w = new AccessWorld().query("GET /api/v1/plans/{id}/submissions/{number}/diff", "from", "1");
        for (Target t : Target.values()) {
            String caseId = UUID.randomUUID().toString();
            CloudEvents.publish("bastion.village", VillageEventData.CASE_IDENTIFIED, t.village,
                    VillageEventData.caseIdentified(caseId, t.village, "TEAM_INCOMPLETE"));
            AccessWorld.awaitStatus(countyAdmin(t), "/api/v1/cases/" + caseId, 200);
            Response drafted = countyAdmin(t).body(plan(caseId, problem("P1", "TEAM_INCOMPLETE"), measure("M1", "P1"))
                    .replace("一年内配齐配强班子", "矩阵目标" + t.name())).post("/api/v1/plans");
            drafted.then().statusCode(201);
            String planId = drafted.path("id");
            String plans = "/api/v1/plans/" + planId;
            Response submitted = countyAdmin(t).header("If-Match", drafted.header("ETag")).post(plans + "/submission");
            submitted.then().statusCode(200);
            Response evaluated = countyAdmin(t).header("If-Match", submitted.header("ETag")).body(evaluation()).post(plans + "/evaluations");
            evaluated.then().statusCode(200);
            countyAdmin(t).header("If-Match", evaluated.header("ETag")).body(approval()).post(plans + "/audits").then().statusCode(200);
            String later = LocalDate.parse(DEADLINE).plusMonths(1).toString();
            String extensionId = countyAdmin(t).body("{\"deadline\":\"" + later + "\",\"reason\":\"矩阵延期" + t.name() + "\"}")
                    .post(plans + "/measures/M1/extensions").then().statusCode(201).extract().path("id");
            w.at(t).path("plans", planId).path("cases", caseId).path("measures", "M1").path("submissions", "1")
                    .path("extensions", extensionId).field("caseId", caseId)
                    .sentinel(planId, caseId, extensionId, "矩阵目标" + t.name(), "矩阵延期" + t.name());
            if (t == Target.A1) {
                AccessWorld.pairPartnersWithA1(caseId, plans);
            }
        }
        return w;
    }
}
