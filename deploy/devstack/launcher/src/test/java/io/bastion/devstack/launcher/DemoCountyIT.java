package io.bastion.devstack.launcher;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --demo} on a fresh data directory: the generated county is in every service, consistent
 * across them, with the county report's figures, and reads and changes as the generated clients
 * expect; a second start on the same data loads nothing twice.
 */
class DemoCountyIT {

    @TempDir
    Path work;

    private int offset;
    private String admin;

    private RequestSpecification at(int port) {
        return RestAssured.given().baseUri("http://localhost").port(port + offset).auth().oauth2(admin);
    }

    @Test
    void theDemoCountyIsLoadedThroughTheApisOnce() throws Exception {
        offset = LauncherRun.freePortOffset();
        Path data = work.resolve("data");
        try (LauncherRun stack = LauncherRun.start(work, "--demo", "--data-dir", data.toString(), "--port-offset", Integer.toString(offset), "--java-options", LauncherRun.QUICK_START)) {
            stack.awaitUp(Duration.ofMinutes(5));
            assertTrue(stack.stdout().contains("devstack: demo county 鲁山县 loaded in"), stack.output());
            admin = stack.token("COUNTY_ADMIN");

            JsonPath dashboard = at(8084).get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
            assertEquals(68, dashboard.getInt("cases"));
            assertEquals(Map.of("CITY_B", 6, "COUNTY_C", 21, "NONE", 41), dashboard.getMap("casesByGrade"));
            assertEquals(List.of("APPROVED", "AWAITING_AUDIT", "AWAITING_EVALUATION", "DRAFTING", "RETURNED"),
                    List.copyOf(dashboard.getMap("plansByStage").keySet()), "plans in every state");
            assertEquals(20, dashboard.getList("townships").size());
            at(8081).queryParam("limit", "500").get("/api/v1/villages").then().statusCode(200).body("items.size()", equalTo(300));
            assertEquals(68, at(8081).queryParam("limit", "500").get("/api/v1/cases").jsonPath().getList("items").size());

            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            JsonPath stats = at(8084).queryParam("from", today.substring(0, 4) + "-01-01").queryParam("to", today)
                    .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
            Map<String, Integer> reported = Map.of("talks-held", 638, "suggestions-collected", 1213, "leader-contacts", 32,
                    "secretaries-appointed", 18, "members-appointed", 23, "cadres-adjusted", 24, "training-sessions", 29,
                    "party-members-developed", 68, "activists-developed", 89, "venues-built", 14);
            reported.forEach((key, value) -> assertEquals(value, stats.getInt("figures.find { it.key == '" + key + "' }.value"), key));
            assertEquals(10, stats.getInt("figures.find { it.key == 'backward-to-advanced' }.value"));
            assertEquals(3, stats.getInt("figures.find { it.key == 'income-zero-to-five' }.value"));
            at(8084).queryParam("from", today.substring(0, 4) + "-01-01").queryParam("to", today).accept("text/markdown")
                    .get("/api/v1/stage-report").then().statusCode(200).body(containsString("谈心谈话[**638**]"));
            at(8084).queryParam("status", "PUBLISHED").get("/api/v1/bulletins").then().statusCode(200).body("items.size()", equalTo(1));
            new GeneratedClientsTour(offset, admin).run(LocalDate.parse(today.substring(0, 4) + "-01-01"), LocalDate.parse(today), reported);
            // The printed leader token is the demo's first county leader, the contact of villages 1, 33 and 65: it reads those.
            RestAssured.given().baseUri("http://localhost").port(8081 + offset).auth().oauth2(stack.token("COUNTY_LEADER"))
                    .get("/api/v1/villages").then().statusCode(200).body("items.size()", equalTo(3));
            stack.stop(Duration.ofSeconds(30));
        }
        try (LauncherRun again = LauncherRun.start(work, "--demo", "--data-dir", data.toString(), "--port-offset", Integer.toString(offset), "--java-options", LauncherRun.QUICK_START)) {
            again.awaitUp(Duration.ofMinutes(3));
            assertTrue(again.stdout().contains("the demo county is already loaded"), again.output());
            admin = again.token("COUNTY_ADMIN");
            assertEquals(68, at(8081).queryParam("limit", "500").get("/api/v1/cases").jsonPath().getList("items").size());
            again.stop(Duration.ofSeconds(30));
        }
    }
}
