package io.bastion.devstack.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The public APIs as a careful client calls them while instances die and the database restarts:
 * each request goes to a live instance of the service in turn; a refused connection, a timeout or a
 * 503 is tried again (a create with the same Idempotency-Key, a step with the same If-Match, read
 * back on 412 to see whether the first attempt took effect). Every write the API acknowledged goes
 * into the ledger, to be found again afterwards; any other answer is a defect and ends the drill.
 */
final class DrillClient {

    /** A write the API acknowledged: where to read it and the version it had then. */
    record Acknowledged(ServiceSpec service, String path, int version) {
    }

    record Answer(String etag, String location, JsonNode body) {

        String text(String field) {
            return body.path(field).asText();
        }
    }

    /** An answer no fault excuses: a 500, or a refusal of a request the workload made correctly. */
    static final class Defect extends RuntimeException {
        Defect(String message) {
            super(message);
        }
    }

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<List<ServiceProcess>> instances;
    private final String token;
    private final Queue<Acknowledged> ledger = new ConcurrentLinkedQueue<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    /** How each acknowledged create got its answer, attempt by attempt, to explain a defect met later on that record. */
    private final Map<String, List<String>> howCreated = new ConcurrentHashMap<>();

    DrillClient(Supplier<List<ServiceProcess>> instances, String token) {
        this.instances = instances;
        this.token = token;
    }

    List<Acknowledged> ledger() {
        return List.copyOf(ledger);
    }

    /** Requests tried again after a refused connection, a timeout or a 503. */
    int retried() {
        return retried.get();
    }

    Answer create(ServiceSpec service, String path, Object body) {
        String key = UUID.randomUUID().toString();
        List<String> attempts = new ArrayList<>();
        HttpResponse<String> response = send(service, path, "POST", body, null, key, Instant.now().plus(PATIENCE), attempts);
        if (response.statusCode() != 201) {
            throw defect("POST", path, response, attempts);
        }
        Answer answer = answer(response);
        String created = URI.create(answer.location()).getPath();
        howCreated.put(created, attempts);
        ledger.add(new Acknowledged(service, created, version(answer.etag())));
        return answer;
    }

    /**
     * A step on a record read at {@code etag}. When a retry is refused as stale, the first attempt
     * may have taken effect before its answer was lost: the record is read, and {@code done} says.
     */
    Answer step(ServiceSpec service, String path, String etag, Object body, String recordPath, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String> attempts = new ArrayList<>();
        HttpResponse<String> response = send(service, path, "POST", body, etag, null, deadline, attempts);
        if (response.statusCode() == 412) {
            HttpResponse<String> now = send(service, recordPath, "GET", null, null, null, deadline, attempts);
            if (now.statusCode() == 200 && done.test(DemoApi.parse(now.body()))) {
                response = now;
            }
        }
        if (response.statusCode() != 200) {
            throw defect("POST", path, response, attempts);
        }
        Answer answer = answer(response);
        ledger.add(new Acknowledged(service, recordPath, version(answer.etag())));
        return answer;
    }

    /** Reads until the answer holds: the services learn of each other's changes through Kafka, however late. */
    JsonNode await(ServiceSpec service, String path, Predicate<JsonNode> holds, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            List<String> attempts = new ArrayList<>();
            HttpResponse<String> response = send(service, path, "GET", null, null, null, deadline, attempts);
            if (response.statusCode() == 200) {
                JsonNode body = DemoApi.parse(response.body());
                if (holds.test(body)) {
                    return body;
                }
            } else if (response.statusCode() != 404) {
                throw defect("GET", path, response, attempts);
            }
            pause();
        }
        throw new Defect(what + " did not happen within " + PATIENCE.toMinutes() + " minutes");
    }

    /** The record's current version as the API answers it now; -1 when it is not found. */
    int versionNow(Acknowledged write) {
        HttpResponse<String> response = send(write.service(), write.path(), "GET", null, null, null, Instant.now().plus(PATIENCE),
                new ArrayList<>());
        return response.statusCode() == 200 ? version(response.headers().firstValue("ETag").orElse(null)) : -1;
    }

    /**
     * Sends until an instance answers with anything but 503; a fault on the way is retried on the next
     * instance. Each attempt is noted: when, on which port, and what came of it.
     */
    private HttpResponse<String> send(ServiceSpec service, String path, String method, Object body, String etag, String key,
                                      Instant deadline, List<String> attempts) {
        String json = body == null ? null : DemoApi.json(body);
        while (true) {
            List<ServiceProcess> live = instances.get().stream().filter(i -> i.spec().equals(service) && i.alive()).toList();
            if (!live.isEmpty()) {
                ServiceProcess instance = live.get(Math.floorMod(turn.getAndIncrement(), live.size()));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
                if (json != null) {
                    request.header("Content-Type", "application/json");
                }
                if (etag != null) {
                    request.header("If-Match", etag);
                }
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                String at = LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " :" + instance.port() + " ";
                try {
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                    attempts.add(at + response.statusCode() + (replayed ? " replayed" : ""));
                    if (response.statusCode() != 503) {
                        return response;
                    }
                } catch (IOException instanceGoneOrSlow) {
                    // the next attempt goes to another instance
                    attempts.add(at + instanceGoneOrSlow.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Defect("interrupted during " + method + " " + path);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new Defect(method + " " + path + " found no instance able to answer within " + PATIENCE.toMinutes() + " minutes");
            }
            retried.incrementAndGet();
            pause();
        }
    }

    private Defect defect(String method, String path, HttpResponse<String> response, List<String> attempts) {
        StringBuilder message = new StringBuilder(method + " " + path + " answered " + response.statusCode() + ": " + response.body()
                + "; attempts " + attempts);
        howCreated.forEach((created, how) -> {
            if (path.equals(created) || path.startsWith(created + "/")) {
                message.append("; ").append(created).append(" was created by the attempts ").append(how);
            }
        });
        return new Defect(message.toString());
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Location").orElse(null),
                response.body().isEmpty() ? NullNode.getInstance() : DemoApi.parse(response.body()));
    }

    private static int version(String etag) {
        return etag == null ? -1 : Integer.parseInt(etag.replace("\"", ""));
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
