package io.bastion.supervision.api;

import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.platform.domain.Now;
import io.bastion.supervision.Callers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.rectifying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed acceptance reaches the township's operators: live on the stream, and in their inbox in their language. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class NotificationApiTest {

    private static final String TOWNSHIP = "410423208";

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    private static RequestSpecification operator() {
        return Callers.as("township-operator", TOWNSHIP);
    }

    private static String token() {
        return TestInfrastructure.shared().tokens.token("township-operator@" + TOWNSHIP, "township-operator", TOWNSHIP, Duration.ofHours(1));
    }

    @Test
    void aFailedAcceptanceIsNotifiedLiveAndKeptInTheInbox() throws Exception {
        String village = TOWNSHIP + "201";
        String caseId = rectifying(village);
        Response requested = countyAdmin().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances");
        requested.then().statusCode(201);

        // The township's operator follows its notifications live.
        HttpResponse<Stream<String>> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + token()).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<String> arrived = CompletableFuture.supplyAsync(() ->
                live.body().filter(line -> line.startsWith("data:") && line.contains("acceptance-failed")).findFirst().orElse(""));

        String deadline = Now.today().plusMonths(2).toString();
        inspector().header("If-Match", requested.header("ETag")).body("{\"scores\":[{\"item\":\"TEAM\",\"score\":20},{\"item\":\"RULES\","
                + "\"score\":10},{\"item\":\"DISCLOSURE\",\"score\":10},{\"item\":\"PROBLEMS\",\"score\":10},{\"item\":\"DEVELOPMENT\","
                + "\"score\":5}],\"partyMembers\":{\"respondents\":10,\"dissatisfied\":1},\"representatives\":{\"respondents\":10,"
                + "\"dissatisfied\":1},\"newDeadline\":\"" + deadline + "\"}").post("/api/v1/acceptances/" + requested.path("id") + "/assessment")
                .then().statusCode(200).body("status", equalTo("FAILED"));
        String event = arrived.get(20, TimeUnit.SECONDS);
        assertTrue(event.contains("验收未通过：测试村201"), event);
        live.body().close();

        Response inbox = operator().queryParam("unread", "true").get("/api/v1/notifications");
        inbox.then().statusCode(200).body("items[0].kind", equalTo("acceptance-failed"))
                .body("items[0].body", containsString(deadline)).body("items[0].read", equalTo(false));
        String id = inbox.path("items[0].id");
        operator().header("Accept-Language", "en").get("/api/v1/notifications").then()
                .body("items[0].title", equalTo("Acceptance failed: 测试村201"));
        operator().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        operator().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        operator().queryParam("unread", "true").get("/api/v1/notifications").then().body("items.id", not(hasItem(id)));
        operator().queryParam("unread", "false").get("/api/v1/notifications").then().body("items.id", hasItem(id));

        // Another township's operator neither sees it nor can mark it.
        Callers.as("township-operator", "410423203").get("/api/v1/notifications").then().body("items.id", not(hasItem(id)));
        Callers.as("township-operator", "410423203").post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        operator().queryParam("unread", "maybe").get("/api/v1/notifications").then().statusCode(400);
    }
}
