package io.bastion.devstack.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** The services' public APIs as the demo loader calls them: JSON in and out, a bearer token, failures loud. */
final class DemoApi {

    /** An answer: its status, ETag and body. */
    record Answer(int status, String etag, JsonNode body) {

        String text(String field) {
            return body.path(field).asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private int requests;

    DemoApi(String token) {
        this.token = token;
    }

    int requests() {
        return requests;
    }

    Answer post(int port, String path, Object body) {
        return send(port, path, "POST", json(body), "application/json", null, 201);
    }

    /** A POST of a step on a record, with the version read. */
    Answer step(int port, String path, String etag, Object body) {
        return send(port, path, "POST", body == null ? "" : json(body), "application/json", etag, 200);
    }

    Answer patch(int port, String path, String etag, Object body) {
        return send(port, path, "PATCH", json(body), "application/json", etag, 200);
    }

    Answer put(int port, String path, Object body) {
        return send(port, path, "PUT", json(body), "application/json", null, 201);
    }

    Answer upload(int port, String path, String contentType, String body) {
        return send(port, path, "POST", body, contentType, null, 200);
    }

    boolean exists(int port, String path) {
        return exchange(port, path, "GET", null, null, null).statusCode() == 200;
    }

    /** Reads until the answer satisfies the condition: the services learn of each other's changes through Kafka. */
    JsonNode await(int port, String path, Predicate<JsonNode> holds, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = exchange(port, path, "GET", null, null, null);
            if (response.statusCode() == 200) {
                JsonNode body = parse(response.body());
                if (holds.test(body)) {
                    return body;
                }
            }
            pause();
        }
        throw new IllegalStateException("demo: " + what + " did not happen within 60 s");
    }

    private Answer send(int port, String path, String method, String body, String contentType, String etag, int expected) {
        HttpResponse<String> response = exchange(port, path, method, body, contentType, etag);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("demo: " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                response.body().isEmpty() ? JSON.nullNode() : parse(response.body()));
    }

    private HttpResponse<String> exchange(int port, String path, String method, String body, String contentType, String etag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        requests++;
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("demo: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo: interrupted", e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo: not JSON: " + text, e);
        }
    }

    /** A short wait between reads of something not there yet, so the poll does not crowd the services it waits for. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
