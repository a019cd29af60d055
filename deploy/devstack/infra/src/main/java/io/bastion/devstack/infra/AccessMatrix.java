package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standing authorization suite: every operation of the service's OpenAPI document, as every role
 * (in its own scope, and facing another township, another county, another city, another province and
 * a village it is not paired with), and with every kind of broken token. What each cell must answer
 * comes from the role table in {@code docs/conventions.md}, so an operation added to the service is
 * covered without editing this class: it only has to be in the table.
 *
 * <p>Every cell is checked for what it must be: a role the table refuses gets 403 {@code forbidden};
 * a record the caller does not reach is 403 or 404; one it reaches gets through (200 for a read). Every
 * answer is checked for what it must never hold: a 500, an error that is not a problem, a name, code or
 * id of a village the caller does not reach, an ID-card or phone number shown to a role that may not see
 * it. And every refused write is checked to have changed nothing, table by table.
 *
 * <p>A service's {@code @QuarkusTest} extends this class and builds its {@link AccessWorld}.
 */
public abstract class AccessMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONVENTIONS = Path.of("..", "docs", "conventions.md");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\w+) \\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\|(.*)\\|$");
    private static final Set<String> SCOPE_REFUSALS = Set.of("forbidden", "out-of-scope", "not-paired", "no-division-claim",
            "record-out-of-scope", "not-found", "unauthorized");
    private static final String STALE = "\"999999\"";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String service;

    protected AccessMatrix(String service) {
        this.service = service;
    }

    private static final Map<Class<?>, AccessWorld> WORLDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Builds the service's records in every target (see {@link AccessWorld}); called once per test class. */
    protected abstract AccessWorld build();

    private AccessWorld world() {
        return WORLDS.computeIfAbsent(getClass(), k -> build());
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
    }

    @Test
    void everyOperationIsInTheRoleTable() throws IOException {
        Map<String, Map<Caller, Cell>> table = roleTable();
        Set<String> documented = operations().stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(documented);
        assertEquals(Set.of(), missing, "operations of " + service + " missing from the role table in docs/conventions.md");
        assertEquals(Set.of(), stale, "rows of the role table for " + service + " that the service does not have");
        // "paired" and "own" say a caller reaches less than a division: only county leaders and departments do.
        Set<String> misplaced = new TreeSet<>();
        table.forEach((op, row) -> row.forEach((caller, cell) -> {
            if ((cell == Cell.PAIRED || cell == Cell.OWN) && !caller.paired) {
                misplaced.add(op + " " + caller.role + ": " + cell);
            }
        }));
        assertEquals(Set.of(), misplaced, "cells of the role table only county leaders and departments can have");
    }

    @Test
    void everyRoleReachesOnlyWhatTheRoleTableSaysAndNothingLeaks() throws Exception {
        AccessWorld world = world();
        Map<String, Map<Caller, Cell>> table = roleTable();
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Operation op : operations()) {
            Map<Caller, Cell> row = table.get(op.key());
            if (row == null) {
                continue;
            }
            boolean reference = world.referenceCollections.contains(op.addressed()) || op.addressed() == null
                    && world.referenceCollections.contains(firstCollection(op.path));
            boolean pathTargeted = !fill(world, op, Target.A1).equals(fill(world, op, Target.B));
            List<Target> targets = pathTargeted || hasTarget(op, world) ? List.of(Target.values()) : List.of(Target.A1);
            List<Runnable> allowed = new ArrayList<>();
            Map<String, String> before = op.reads() ? null : snapshot();
            List<String> refusedHere = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                for (Target target : targets) {
                    cells++;
                    Cell cell = row.get(caller);
                    boolean reaches = cell != Cell.NOWHERE && (targets.size() == 1 || caller.reaches(target, reference))
                            && world.personal.getOrDefault(op.addressed(), Set.of(caller)).contains(caller);
                    Runnable check = () -> check(world, op, pathTargeted, caller, target, cell, reaches, failures);
                    if (op.reads() || cell == Cell.NOWHERE || !reaches) {
                        check.run();
                        refusedHere.add(caller.role + "→" + target);
                    } else {
                        allowed.add(check);
                    }
                }
            }
            for (TokenIssuer.Flaw flaw : TokenIssuer.Flaw.values()) {
                cells++;
                checkBroken(world, op, flaw, failures);
            }
            if (before != null) {
                Map<String, String> after = snapshot();
                if (!before.equals(after)) {
                    failures.add(op.key() + ": refused requests changed " + changed(before, after) + " (" + refusedHere + ")");
                }
            }
            allowed.forEach(Runnable::run);
        }
        System.out.printf("[access matrix] %s: %d operations, %d cells (%d roles x up to %d targets, %d broken tokens each)%n",
                service, table.size(), cells, Caller.values().length, Target.values().length, TokenIssuer.Flaw.values().length);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " cells failed:\n" + String.join("\n", failures));
    }

    private void check(AccessWorld world, Operation op, boolean pathTargeted, Caller caller, Target target, Cell cell, boolean reaches,
                       List<String> failures) {
        String token = TestInfrastructure.shared().tokens.token(caller.account(), caller.role, caller.division, Duration.ofHours(1));
        Exchange x = send(world, op, target, token);
        String where = op.key() + " as " + caller.role + " on " + target + " (" + x.request.pathAndQuery + ") → " + x.status + " "
                + x.problemType();
        common(world, op, caller, x, where, failures);
        if (cell == Cell.NOWHERE) {
            if (x.status != 403 || !"forbidden".equals(x.problemType())) {
                failures.add(where + ": the role table refuses the role, so 403 forbidden");
            }
        } else if (!reaches) {
            boolean refused = x.status == 403 || x.status == 404;
            boolean filtered = x.status == 200 && (op.reads() || x.request.query().contains("dryRun=true"));
            if (!refused && !(filtered && !pathTargeted)) {
                failures.add(where + ": outside the caller's reach, so 403 or 404");
            }
        } else if (op.reads()) {
            if (x.status != 200) {
                failures.add(where + ": the role reads it, so 200");
            }
        } else if (x.status == 401 || x.status >= 500 || SCOPE_REFUSALS.contains(x.problemType())) {
            failures.add(where + ": the role may write here, so no refusal of role or scope");
        }
    }

    private void checkBroken(AccessWorld world, Operation op, TokenIssuer.Flaw flaw, List<String> failures) {
        String token = TestInfrastructure.shared().tokens.broken(flaw, "matrix-broken", AccessWorld.COUNTY);
        Exchange x = send(world, op, Target.A1, token);
        String where = op.key() + " with a token " + flaw + " → " + x.status + " " + x.problemType();
        if (x.status >= 500 || x.status >= 400 && !x.isProblem()) {
            failures.add(where + ": every error is a problem, and no 5xx");
        }
        if (flaw.unauthenticated() ? x.status != 401 : x.status != 403 || !"no-division-claim".equals(x.problemType())) {
            failures.add(where + (flaw.unauthenticated() ? ": not a valid token, so 401" : ": no usable division, so 403 no-division-claim"));
        }
        world.sentinels().stream().filter(s -> x.body.contains(s.text()) && !x.request.mentions(s.text()))
                .forEach(s -> failures.add(where + ": leaks " + s.text() + " of " + s.target()));
    }

    /** What holds of every answer: no 5xx, errors are problems, nothing out of reach, no personal data shown to those who may not see it. */
    private static void common(AccessWorld world, Operation op, Caller caller, Exchange x, String where, List<String> failures) {
        if (x.status >= 500) {
            failures.add(where + ": a server error");
        }
        if (x.status >= 400 && !x.isProblem()) {
            failures.add(where + ": an error that is not application/problem+json");
        }
        if (!world.leaksAllowed.containsKey(op.key())) {
            for (AccessWorld.Sentinel s : world.sentinels()) {
                if (!caller.reaches(s.target(), s.reference()) && x.body.contains(s.text()) && !x.request.mentions(s.text())) {
                    failures.add(where + ": leaks " + s.text() + " of " + s.target());
                }
            }
        }
        world.records.forEach((target, records) -> records.personalData.forEach((number, seeing) -> {
            boolean may = seeing.contains(caller) && caller.reaches(target, false) && !op.path.startsWith("/api/v1/audit");
            if (!may && x.body.contains(number)) {
                failures.add(where + ": shows the personal number " + number + " of " + target + " in full");
            }
        }));
    }

    /** Whether a query parameter or a body field of the request depends on the target. */
    private static boolean hasTarget(Operation op, AccessWorld world) {
        if (world.bodies.containsKey(op.key())) {
            return true;
        }
        AccessWorld.Records a1 = world.at(Target.A1);
        return queryParameters(op).stream().anyMatch(n -> a1.fields.containsKey(n) || a1.queryFields.containsKey(n))
                || bodyProperties(op).stream().anyMatch(n -> a1.fields.containsKey(field(world, op, n)));
    }

    /** The operation's path with the target's values in it. */
    private String fill(AccessWorld world, Operation op, Target target) {
        AccessWorld.Records records = world.at(target);
        String path = op.path;
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String before = path.substring(0, parameter.start());
            String collection = before.substring(before.substring(0, before.length() - 1).lastIndexOf('/') + 1, before.length() - 1);
            String value = records.pathValues.get(collection);
            if (value == null) {
                throw new IllegalStateException(service + "'s access world has no " + collection + " for " + target
                        + " (needed by " + op.key() + "): add it with records.path(\"" + collection + "\", …)");
            }
            parameter.appendReplacement(filled, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    private Exchange send(AccessWorld world, Operation op, Target target, String token) {
        AccessWorld.Records records = world.at(target);
        String filled = fill(world, op, target);
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : queryParameters(op)) {
            String value = world.queryByOperation.getOrDefault(op.key(), Map.of()).get(name);
            if (value == null) {
                value = records.queryFields.containsKey(name) ? records.queryFields.get(name)
                        : records.fields.containsKey(name) ? records.fields.get(name) : world.queryDefaults.get(name);
            }
            if (value != null) {
                query.put(name, value);
            }
        }
        String contentType = null;
        String body = null;
        AccessWorld.Body special = world.bodies.containsKey(op.key()) ? world.bodies.get(op.key()).apply(target) : null;
        if (special != null) {
            contentType = special.contentType();
            body = special.text();
            if (special.query() != null) {
                for (String pair : special.query().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], kv[1]);
                }
            }
        } else if (!op.reads() && op.definition.has("requestBody")) {
            ObjectNode json = JSON.createObjectNode();
            bodyProperties(op).stream().filter(name -> records.fields.containsKey(field(world, op, name)))
                    .forEach(name -> json.put(name, records.fields.get(field(world, op, name))));
            contentType = "application/json";
            body = json.toString();
        }
        String queryText = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Request request = new Request(op.method, filled + (queryText.isEmpty() ? "" : "?" + queryText), contentType, body);
        return request.send(token);
    }

    record Request(String method, String pathAndQuery, String contentType, String body) {
        String query() {
            int q = pathAndQuery.indexOf('?');
            return q < 0 ? "" : pathAndQuery.substring(q + 1);
        }

        boolean mentions(String text) {
            return pathAndQuery.contains(text) || body != null && body.contains(text);
        }

        Exchange send(String token) {
            String base = RestAssured.baseURI + ":" + RestAssured.port;
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("If-Match", STALE).header("Accept-Language", "en");
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            builder.method(method, publisher);
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
    }

    record Exchange(Request request, int status, String contentType, String body) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        String problemType() {
            if (!isProblem()) {
                return "";
            }
            try {
                String type = JSON.readTree(body).path("type").asText("");
                return type.substring(type.lastIndexOf('/') + 1);
            } catch (IOException e) {
                return "?";
            }
        }
    }

    /** The target's field a body property of the operation takes: its own name, unless the world aliases it. */
    private static String field(AccessWorld world, Operation op, String property) {
        return world.aliases.getOrDefault(op.key(), Map.of()).getOrDefault(property, property);
    }

    private static String firstCollection(String path) {
        String[] segments = path.split("/");
        return segments.length > 3 ? segments[3] : "";
    }

    private static List<String> queryParameters(Operation op) {
        List<String> names = new ArrayList<>();
        op.definition.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
        return names;
    }

    private static List<String> bodyProperties(Operation op) {
        List<String> names = new ArrayList<>();
        JsonNode content = op.definition.path("requestBody").path("content");
        for (Iterator<JsonNode> types = content.elements(); types.hasNext(); ) {
            JsonNode schema = types.next().path("schema");
            schema.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The service's operations, from its OpenAPI document, with request schemas resolved to their properties. */
    private List<Operation> operations() throws IOException {
        String text = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode openapi = JSON.readTree(text);
        List<Operation> ops = new ArrayList<>();
        openapi.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/")) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        ops.add(new Operation(method.getKey().toUpperCase(), path.getKey(), resolved(openapi, method.getValue())));
                    }
                });
            }
        });
        return ops;
    }

    private static JsonNode resolved(JsonNode openapi, JsonNode operation) {
        ObjectNode copy = operation.deepCopy();
        copy.path("requestBody").path("content").forEach(media -> {
            JsonNode schema = media.path("schema");
            String ref = schema.path("$ref").asText("");
            if (!ref.isEmpty() && media instanceof ObjectNode m) {
                m.set("schema", openapi.at(ref.substring(1)));
            }
        });
        return copy;
    }

    private Map<String, Map<Caller, Cell>> roleTable() throws IOException {
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
    private static Map<String, String> snapshot() throws SQLException {
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
        }
        return digests;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }
}
