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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static io.bastion.supervision.Callers.countyAdmin;
import static io.bastion.supervision.Callers.inspector;
import static io.bastion.supervision.Callers.rectifying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * From a browser: a ticket opens the stream without a bearer token; events carry ids, a quiet
     * stream sends heartbeats, and a reconnect with Last-Event-ID first gets what came in between.
     */
    @Test
    void aBrowserFollowsWithATicketAndResumesWhereItLeftOff() throws Exception {
        String ticket = operator().post("/api/v1/notifications/stream-tickets").then().statusCode(200)
                .body("stream", containsString("/api/v1/notifications/stream?ticket=")).extract().path("ticket");
        HttpResponse<Stream<String>> live = open(stream + "?ticket=" + ticket, null);
        Iterator<String> lines = live.body().iterator();
        assertEquals(200, live.statusCode());
        assertEquals(":heartbeat", next(lines, line -> line.startsWith(":")), "a quiet stream still says something");

        failAcceptance(TOWNSHIP + "202");
        List<String> first = eventAbout(lines, "测试村202");
        assertTrue(first.stream().anyMatch(l -> l.matches("event: ?notification")), first.toString());
        assertTrue(first.stream().anyMatch(l -> l.startsWith("data:") && l.contains("测试村202")), first.toString());
        String lastId = first.stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3).trim();
        live.body().close();

        // Offline, another notification comes; the reconnect gets it first.
        failAcceptance(TOWNSHIP + "203");
        String again = operator().post("/api/v1/notifications/stream-tickets").then().extract().path("ticket");
        HttpResponse<Stream<String>> resumed = open(stream + "?ticket=" + again, lastId);
        List<String> missed = eventAbout(resumed.body().iterator(), "测试村203");
        assertTrue(missed.stream().anyMatch(l -> l.startsWith("data:") && l.contains("测试村203")), missed.toString());
        resumed.body().close();

        // A ticket opens the stream only, and only a real, current one does.
        given().queryParam("ticket", again).get("/api/v1/notifications").then().statusCode(401);
        given().queryParam("ticket", again.substring(0, again.length() - 2) + "AA").accept("text/event-stream")
                .get("/api/v1/notifications/stream").then().statusCode(401).contentType("application/problem+json");
        operator().header("Last-Event-ID", "forged").accept("text/event-stream").get("/api/v1/notifications/stream")
                .then().statusCode(400).body("errors[0].field", equalTo("Last-Event-ID"));
    }

    private static void failAcceptance(String village) {
        String caseId = rectifying(village);
        Response requested = countyAdmin().body("{\"caseId\":\"" + caseId + "\"}").post("/api/v1/acceptances");
        requested.then().statusCode(201);
        inspector().header("If-Match", requested.header("ETag")).body("{\"scores\":[{\"item\":\"TEAM\",\"score\":20},{\"item\":\"RULES\","
                + "\"score\":10},{\"item\":\"DISCLOSURE\",\"score\":10},{\"item\":\"PROBLEMS\",\"score\":10},{\"item\":\"DEVELOPMENT\","
                + "\"score\":5}],\"partyMembers\":{\"respondents\":10,\"dissatisfied\":1},\"representatives\":{\"respondents\":10,"
                + "\"dissatisfied\":1},\"newDeadline\":\"" + Now.today().plusMonths(2) + "\"}").post("/api/v1/acceptances/"
                + requested.path("id") + "/assessment").then().statusCode(200);
    }

    private static HttpResponse<Stream<String>> open(String url, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** The lines of the first event whose data mentions the text, skipping heartbeats and other events; within 20 s. */
    private static List<String> eventAbout(Iterator<String> lines, String text) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            List<String> event = new ArrayList<>();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (event.stream().anyMatch(l -> l.startsWith("data:") && l.contains(text))) {
                        return event;
                    }
                    event.clear();
                } else if (!line.startsWith(":")) {
                    event.add(line);
                }
            }
            return event;
        }).get(20, TimeUnit.SECONDS);
    }

    private static String next(Iterator<String> lines, Predicate<String> wanted) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (wanted.test(line)) {
                    return line;
                }
            }
            return "";
        }).get(20, TimeUnit.SECONDS);
    }
}
