package io.bastion.plan.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bastion.plan.Callers.countyAdmin;
import static io.bastion.plan.Callers.identify;
import static io.bastion.plan.Callers.township;
import static io.bastion.plan.PlanBodies.DEADLINE;
import static io.bastion.plan.PlanBodies.approval;
import static io.bastion.plan.PlanBodies.evaluation;
import static io.bastion.plan.PlanBodies.judgements;
import static io.bastion.plan.PlanBodies.measure;
import static io.bastion.plan.PlanBodies.plan;
import static io.bastion.plan.PlanBodies.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Each of the three no-pass rules fails on its own and blocks approval alone; more than two returns are flagged. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class AuditRulesApiTest {

    /** Drafts, submits and evaluates a plan; returns its id and ETag, awaiting the audit. */
    private static String[] awaitingAudit(String village, String problems, String measures) {
        String caseId = identify(village, "TEAM_INCOMPLETE", "NO_COLLECTIVE_INCOME");
        Response drafted = township().body(plan(caseId, problems, measures)).post("/api/v1/plans");
        drafted.then().statusCode(201);
        String id = drafted.path("id");
        Response submitted = township().header("If-Match", drafted.header("ETag")).post("/api/v1/plans/" + id + "/submission");
        submitted.then().statusCode(200);
        Response evaluated = countyAdmin().header("If-Match", submitted.header("ETag")).body(evaluation())
                .post("/api/v1/plans/" + id + "/evaluations");
        evaluated.then().statusCode(200);
        return new String[]{id, evaluated.header("ETag")};
    }

    private static void onlyThisRuleFails(String[] plan, String rule, String code) {
        countyAdmin().get("/api/v1/plans/" + plan[0] + "/findings").then().statusCode(200)
                .body("passed", equalTo(false))
                .body("rules.findAll { it.passed == false }.rule", contains(rule))
                .body("rules.find { it.rule == '" + rule + "' }.findings.code", hasItem(code));
        countyAdmin().header("If-Match", plan[1]).body(approval()).post("/api/v1/plans/" + plan[0] + "/audits").then()
                .statusCode(422).body("errors.field", contains("findings." + rule));
        countyAdmin().get("/api/v1/plans/" + plan[0]).then().body("stage", equalTo("AWAITING_AUDIT"));
        countyAdmin().get("/api/v1/plans/" + plan[0] + "/audits").then().body("$", empty());
    }

    @Test
    void problemsNotAccurateAlone() {
        onlyThisRuleFails(awaitingAudit("410423203311", problem("P1", "TEAM_INCOMPLETE"), measure("M1", "P1")),
                "PROBLEMS_ACCURATE", "category-not-addressed");
    }

    @Test
    void measuresNotActionableAlone() {
        onlyThisRuleFails(awaitingAudit("410423203312", problem("P1", "TEAM_INCOMPLETE") + "," + problem("P2", "NO_COLLECTIVE_INCOME"),
                measure("M1", "P1") + "," + measure("M2", "P2", null, "李强", DEADLINE)), "MEASURES_ACTIONABLE", "measure-without-remedy");
    }

    @Test
    void ownerAndDeadlineUnclearAlone() {
        onlyThisRuleFails(awaitingAudit("410423203313", problem("P1", "TEAM_INCOMPLETE") + "," + problem("P2", "NO_COLLECTIVE_INCOME"),
                measure("M1", "P1") + "," + measure("M2", "P2", "POVERTY", null, DEADLINE)), "OWNER_AND_DEADLINE", "measure-without-owner");
    }

    @Test
    void aPlanReturnedMoreThanTwiceIsFlagged() {
        String[] plan = awaitingAudit("410423203314", problem("P1", "TEAM_INCOMPLETE") + "," + problem("P2", "NO_COLLECTIVE_INCOME"),
                measure("M1", "P1") + "," + measure("M2", "P2", "POVERTY", "李强", DEADLINE));
        String etag = plan[1];
        for (int round = 1; round <= 3; round++) {
            Response returned = countyAdmin().header("If-Match", etag).body("{\"decision\":\"RETURN\",\"judgements\":"
                    + judgements(true, false, true) + ",\"reasons\":[\"措施针对性不强，第 " + round + " 轮\"]}").post("/api/v1/plans/" + plan[0] + "/audits");
            returned.then().statusCode(200).body("returns", equalTo(round)).body("beyondUsualRounds", equalTo(round > 2));
            Response resubmitted = township().header("If-Match", returned.header("ETag")).post("/api/v1/plans/" + plan[0] + "/submission");
            resubmitted.then().statusCode(200).body("stage", equalTo("AWAITING_AUDIT"));
            etag = resubmitted.header("ETag");
        }
        countyAdmin().queryParam("beyondUsualRounds", "true").get("/api/v1/plans").then().body("items.id", hasItem(plan[0]))
                .body("items.beyondUsualRounds", not(hasItem(false)));
        countyAdmin().queryParam("beyondUsualRounds", "false").get("/api/v1/plans").then().body("items.id", not(hasItem(plan[0])));
        countyAdmin().queryParam("stage", "AWAITING_AUDIT").get("/api/v1/plans").then().body("items.id", hasItem(plan[0]));
        countyAdmin().get("/api/v1/plans/" + plan[0] + "/audits").then().body("round", contains(1, 2, 3));
    }

    @Test
    void aReturnNeedsReasonsAndARuleJudgedNotPassed() {
        String[] plan = awaitingAudit("410423203315", problem("P1", "TEAM_INCOMPLETE") + "," + problem("P2", "NO_COLLECTIVE_INCOME"),
                measure("M1", "P1") + "," + measure("M2", "P2"));
        countyAdmin().header("If-Match", plan[1]).body("{\"decision\":\"RETURN\",\"judgements\":" + judgements(true, true, true) + "}")
                .post("/api/v1/plans/" + plan[0] + "/audits").then().statusCode(422)
                .body("errors.rule", equalTo(List.of("required", "return-names-a-failed-rule")));
        countyAdmin().header("If-Match", plan[1]).body("{\"decision\":\"MAYBE\",\"judgements\":[{\"rule\":\"PROBLEMS_ACCURATE\",\"passed\":true}]}")
                .post("/api/v1/plans/" + plan[0] + "/audits").then().statusCode(422)
                .body("errors.rule", contains("one-of", "judgement-per-rule", "judgement-per-rule"));
        countyAdmin().header("If-Match", plan[1]).body(approval()).post("/api/v1/plans/" + plan[0] + "/audits").then().statusCode(200)
                .body("stage", equalTo("APPROVED"));
    }
}
