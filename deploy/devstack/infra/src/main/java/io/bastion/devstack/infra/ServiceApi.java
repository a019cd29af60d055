package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the standing suites read about a service under test: its operations from the OpenAPI document
 * it serves, who may call each from the role table in {@code docs/conventions.md}, and its database as
 * digests, so that a refused request can be shown to have changed nothing. And how they talk to it:
 * any method, header and body, bytes as sent.
 */
final class ServiceApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONVENTIONS = Path.of("..", "docs", "conventions.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\w+) \\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\|(.*)\\|$");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceApi() {
    }

    /** What a cell of the role table allows. */
    enum Cell {
        ANYWHERE, PAIRED, OWN, NOWHERE;

        static Cell of(String text) {
            return switch (text.trim()) {
                case "✓" -> ANYWHERE;
                case "paired" -> PAIRED;
                case "own" -> OWN;
                case "—" -> NOWHERE;
                default -> throw new IllegalArgumentException("a role table cell is ✓, paired, own or —, not " + text);
            };
        }
    }

    record Operation(String method, String path, JsonNode definition) {
        String key() {
            return method + " " + path;
        }

        boolean reads() {
            return method.equals("GET");
        }

        /** The collection the deepest path parameter belongs to ({@code /plans/{id}/audits} → plans), or null. */
        String addressed() {
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i > 0; i--) {
                if (segments[i].startsWith("{")) {
                    return segments[i - 1];
                }
            }
            return null;
        }

        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            definition.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            return names;
        }

        /** The JSON request body's schema, resolved; a missing node when the operation takes no JSON. */
        JsonNode jsonBody() {
            return definition.path("requestBody").path("content").path("application/json").path("schema");
        }

        List<String> bodyProperties() {
            List<String> names = new ArrayList<>();
            JsonNode content = definition.path("requestBody").path("content");
            for (Iterator<JsonNode> types = content.elements(); types.hasNext(); ) {
                types.next().path("schema").path("properties").fieldNames().forEachRemaining(names::add);
            }
            return names;
        }
    }

    /** The service's OpenAPI document, as it serves it. */
    static JsonNode document() throws IOException {
        return JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** The service's operations, with their request schemas resolved, nested ones included. */
    static List<Operation> operations() throws IOException {
        JsonNode openapi = document();
        List<Operation> ops = new ArrayList<>();
        openapi.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/")) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        ops.add(new Operation(method.getKey().toUpperCase(), path.getKey(), resolved(openapi, method.getValue(), 0)));
                    }
                });
            }
        });
        return ops;
    }

    /** A copy of the node with every {@code $ref} replaced by what it names, to a depth that no real schema reaches. */
    private static JsonNode resolved(JsonNode openapi, JsonNode node, int depth) {
        if (depth > 12) {
            return node;
        }
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            if (!ref.isEmpty()) {
                return resolved(openapi, openapi.at(ref.substring(1)), depth + 1);
            }
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolved(openapi, e.getValue(), depth + 1)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(resolved(openapi, e, depth + 1)));
            return copy;
        }
        return node;
    }

    /** The role table's rows for the service: operation → what each caller may. */
    static Map<String, Map<Caller, Cell>> roleTable(String service) throws IOException {
        Map<String, Map<Caller, Cell>> table = new TreeMap<>();
        List<String> header = null;
        for (String line : Files.readAllLines(CONVENTIONS)) {
            if (line.startsWith("| service | operation |")) {
                header = List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::trim).toList();
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (header == null || !row.matches() || !row.group(1).equals(service.replace("-service", ""))) {
                continue;
            }
            String[] cells = row.group(4).split("\\|");
            Map<Caller, Cell> byCaller = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                int column = header.indexOf(caller.role) - 2;
                byCaller.put(caller, Cell.of(cells[column]));
            }
            table.put(row.group(2) + " " + row.group(3), byCaller);
        }
        assertTrue(header != null, "docs/conventions.md has no role table");
        return table;
    }

    /** Every table of the service's database, as a digest per table: what a refused write must leave as it was. */
    static Map<String, String> snapshot() {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database), infra.postgres.user(),
                infra.postgres.password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // The relay marks outbox rows published in its own time: which events exist is what counts.
            String sql = tables.stream().map(t -> "select '" + t + "', md5(coalesce(string_agg("
                    + (t.equals("outbox") ? "x.event_id::text" : "x::text") + ", ',' order by " + (t.equals("outbox") ? "x.id" : "x::text")
                    + "), '')) from " + t + " x").collect(Collectors.joining(" union all "));
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    digests.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the service's database", e);
        }
        return digests;
    }

    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    /** One request as sent: headers in order, the body as bytes (null for none). */
    record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {

        static Request of(String method, String pathAndQuery, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Request(method, pathAndQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        Request with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            if (value == null) {
                more.remove(header);
            } else {
                more.put(header, value);
            }
            return new Request(method, pathAndQuery, more, body);
        }

        String query() {
            int q = pathAndQuery.indexOf('?');
            return q < 0 ? "" : pathAndQuery.substring(q + 1);
        }

        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        boolean mentions(String text) {
            return pathAndQuery.contains(text) || text().contains(text);
        }

        Exchange send(String token) {
            String base = RestAssured.baseURI + ":" + RestAssured.port;
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token);
            headers.forEach(builder::header);
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<InputStream> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
                String type = response.headers().firstValue("Content-Type").orElse("");
                String text;
                try (InputStream in = response.body()) {
                    // A live stream answers 200 and stays open: its status and type are the answer.
                    text = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new Exchange(this, response.statusCode(), type, text);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + pathAndQuery, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Sends the request over a plain socket, exactly as written: for what a well-behaved client
         * refuses to send (a request line or headers beyond the server's limits, a malformed escape).
         */
        Exchange sendRaw(String token) {
            try (Socket socket = new Socket(RestAssured.baseURI.replaceFirst("^https?://", ""), RestAssured.port)) {
                socket.setSoTimeout(60_000);
                StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\nConnection: close\r\n");
                headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
                head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int end = answer.indexOf("\r\n\r\n");
                String headPart = end < 0 ? answer : answer.substring(0, end);
                int status = Integer.parseInt(headPart.substring(9, 12));
                Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(headPart);
                return new Exchange(this, status, type.find() ? type.group(1).trim() : "", end < 0 ? "" : answer.substring(end + 4));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + pathAndQuery.substring(0, Math.min(80, pathAndQuery.length())), e);
            }
        }
    }

    record Exchange(Request request, int status, String contentType, String body) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        JsonNode problem() {
            try {
                return isProblem() ? JSON.readTree(body) : JSON.createObjectNode();
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        String problemType() {
            if (!isProblem()) {
                return "";
            }
            String type = problem().path("type").asText("?");
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
