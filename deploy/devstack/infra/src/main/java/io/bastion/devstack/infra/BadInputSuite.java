package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.devstack.infra.AccessWorld.Caller;
import io.bastion.devstack.infra.AccessWorld.Target;
import io.bastion.devstack.infra.ServiceApi.Cell;
import io.bastion.devstack.infra.ServiceApi.Exchange;
import io.bastion.devstack.infra.ServiceApi.Operation;
import io.bastion.devstack.infra.ServiceApi.Request;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standing bad-input suite: every operation of the service's OpenAPI document, sent by a caller
 * the role table lets through, with one thing wrong at a time. Each body property, query parameter
 * and path parameter in turn gets values of the wrong type, null or nothing, control characters, lone
 * surrogates, huge texts, extreme dates and numbers, values outside its enum; the whole body comes
 * malformed, duplicated, trailed, nested ten thousand deep or under the wrong content type; If-Match
 * and Idempotency-Key come in every wrong form; cursors are forged. What it sends is generated from
 * the document, so a new operation is covered without editing this class.
 *
 * <p>Every answer must be: never a 5xx; an error as {@code application/problem+json} whose status is
 * the answer's and whose words are words (no message keys, no parser internals); a 400 or 422 about a
 * field naming that field; no ID-card or phone number of the request echoed back; and a refused write
 * must have changed nothing in the service's database.
 *
 * <p>Seeded and bounded: {@code -Dbastion.fuzz.seed=N} repeats a run (the seed is printed), and
 * {@code -Dbastion.fuzz.budget=N} is how many of an operation's field mutations a run sends (all of
 * them with {@code 0}; CI sends {@value #CI_BUDGET}); {@code -Dbastion.fuzz.rounds=N} sends them N times
 * over, each round against the records the rounds before left (with a budget, a new sample each round),
 * for a nightly run.
 *
 * <p>It shares the authorization matrix's world and runs after it (test classes run in name order
 * within one Quarkus boot), since what it writes by accident of a valid mutation may change that world.
 */
public abstract class BadInputSuite {

    static final int CI_BUDGET = 40;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PERSONAL = Pattern.compile("(?<![0-9])([1-9][0-9]{16}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])");
    private static final Pattern RAW_WORDS = Pattern.compile("\\b(rule|problem|kind)\\.[a-z-]+(\\.[a-z-]+)*\\b|com\\.fasterxml|java\\.[a-z]+\\."
            + "|org\\.hibernate|jakarta\\.|Cannot deserialize|\\[Source:|line: [0-9]+, column: [0-9]+|Exception\\b");
    private static final Pattern HALF_SURROGATE = Pattern.compile("\\p{Cs}");
    private static final Pattern PLAIN = Pattern.compile("[^\\p{Cntrl}\\p{Cs}]*");
    private static final String NESTED = "[".repeat(10_000) + "]".repeat(10_000);

    private final String service;
    /** The services whose limits on the request line and headers were tried: once per service is enough. */
    private static final Set<String> rawSent = java.util.concurrent.ConcurrentHashMap.newKeySet();

    protected BadInputSuite(String service) {
        this.service = service;
    }

    /** Builds the service's records (see {@link AccessWorld}); the authorization matrix's world. */
    protected abstract AccessWorld build();

    /** One wrong request, and what a refusal of it must name. */
    record Mutation(String what, String field, Request request, boolean raw) {
    }

    @Test
    void badInputGetsAClearProblemAndChangesNothing() throws Exception {
        AccessWorld world = AccessWorld.of(service, this::build);
        long seed = seed();
        int budget = Integer.getInteger("bastion.fuzz.budget", CI_BUDGET);
        int rounds = Integer.getInteger("bastion.fuzz.rounds", 1);
        Random random = new Random(seed);
        Map<String, Map<Caller, Cell>> table = ServiceApi.roleTable(service);
        List<Operation> operations = new ArrayList<>(ServiceApi.operations());
        // A valid mutation of a DELETE removes what later operations address: those go last.
        operations.sort((a, b) -> Boolean.compare(a.method().equals("DELETE"), b.method().equals("DELETE")));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        Map<String, String> state = ServiceApi.snapshot();
        for (int round = 0; round < rounds; round++) {
            for (Operation op : operations) {
                Caller caller = caller(world, op, table.get(op.key()));
                if (caller == null) {
                    continue;
                }
                String token = TestInfrastructure.shared().tokens.token(caller.account(), caller.role, caller.division, Duration.ofHours(1));
                Request base = world.request(op, Target.A1).with("Accept-Language", random.nextBoolean() ? "en" : "zh-CN");
                List<Mutation> mutations = mutations(world, op, base, random, budget);
                for (Mutation m : mutations) {
                    Request request = m.request;
                    if (!op.reads()) {
                        request = current(request, m, op, token);
                    }
                    Exchange x = m.raw ? request.sendRaw(token) : request.send(token);
                    sent++;
                    String where = (op.key() + " " + m.what).replace('\n', '␤') + " → " + x.status() + " " + x.problemType();
                    check(m, x, where, failures);
                    if (x.status() >= 400) {
                        refused++;
                    }
                    if (!op.reads()) {
                        Map<String, String> after = ServiceApi.snapshot();
                        if (x.status() >= 400 && !after.equals(state)) {
                            failures.add(where + ": a refused request changed " + ServiceApi.changed(state, after));
                        }
                        state = after;
                    }
                }
            }
        }
        System.out.printf("[bad input] %s: %d operations, %d requests sent (%d refused), seed %d, budget %d, %d round(s)%n",
                service, operations.size(), sent, refused, seed, budget, rounds);
        // Every failure, for reading when there are more than an assertion message shows.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input-failures.txt"),
                String.join("\n", failures).replaceAll("[\\ud800-\\udfff]", "?"));
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " bad requests were answered wrongly (seed " + seed + "):\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))) + "\n(all of them in target/bad-input-failures.txt)");
    }

    private static long seed() {
        String given = System.getProperty("bastion.fuzz.seed", "");
        return given.isBlank() ? 20_261_129L : given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
    }

    /** A county admin where the role table lets one through; otherwise the first role it lets through at A1. */
    private static Caller caller(AccessWorld world, Operation op, Map<Caller, Cell> row) {
        if (row == null) {
            return null;
        }
        Set<Caller> addressees = world.personal.getOrDefault(op.addressed(), Set.of(Caller.values()));
        if (row.get(Caller.COUNTY_ADMIN) == Cell.ANYWHERE && addressees.contains(Caller.COUNTY_ADMIN)) {
            return Caller.COUNTY_ADMIN;
        }
        for (Caller caller : Caller.values()) {
            if (row.get(caller) != Cell.NOWHERE && addressees.contains(caller)) {
                return caller;
            }
        }
        return null;
    }

    /**
     * A write carries the record's current ETag and a fresh Idempotency-Key unless the mutation is about
     * them, so that what is wrong is the one thing the mutation broke.
     */
    private static Request current(Request request, Mutation m, Operation op, String token) {
        if (!m.what.startsWith("If-Match") && (op.method().equals("PATCH") || op.method().equals("PUT") || op.method().equals("DELETE"))) {
            String path = request.pathAndQuery().split("\\?")[0];
            var read = io.restassured.RestAssured.given().auth().oauth2(token).get(path);
            String etag = read.statusCode() == 200 ? read.header("ETag") : null;
            request = request.with("If-Match", etag == null ? "\"0\"" : etag);
        }
        if (!m.what.startsWith("Idempotency-Key") && op.method().equals("POST")) {
            request = request.with("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request;
    }

    private static void check(Mutation m, Exchange x, String where, List<String> failures) {
        if (x.status() >= 500) {
            failures.add(where + ": a server error");
            return;
        }
        if (x.status() < 400) {
            if (m.field != null) {
                failures.add(where + ": accepted a value that breaks the schema of " + m.field);
            }
            return;
        }
        if (!x.isProblem()) {
            failures.add(where + ": an error that is not application/problem+json (" + x.contentType() + ")");
            return;
        }
        JsonNode problem = x.problem();
        if (problem.path("status").asInt() != x.status() || problem.path("title").asText("").isBlank()
                || !problem.path("type").asText("").startsWith("https://")) {
            failures.add(where + ": a problem needs a type, a title and the answer's status: " + x.body());
        }
        Matcher raw = RAW_WORDS.matcher(problem.path("title").asText("") + " " + problem.path("detail").asText("") + " "
                + problem.path("errors").findValuesAsText("message"));
        if (raw.find()) {
            failures.add(where + ": words a person cannot read (" + raw.group() + "): " + x.body());
        }
        if (m.field != null && (x.status() == 400 || x.status() == 422) && !names(problem, m.field)) {
            failures.add(where + ": the problem does not name " + m.field + ": " + x.body());
        }
        Matcher personal = PERSONAL.matcher(m.request.text() + " " + m.request.pathAndQuery());
        while (personal.find()) {
            if (x.body().contains(personal.group(1))) {
                failures.add(where + ": echoes the personal number " + personal.group(1));
            }
        }
    }

    /** Whether one of the problem's errors is about the field: its name, or a path that ends in it or passes through it. */
    private static boolean names(JsonNode problem, String field) {
        String leaf = field.replaceAll("\\[[0-9]*]", "");
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText("").replaceAll("\\[[0-9]*]", "");
            if (named.equals(leaf) || named.endsWith("." + leaf) || leaf.endsWith("." + named) || named.startsWith(leaf + ".")
                    || leaf.substring(leaf.lastIndexOf('.') + 1).equals(named)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- what goes wrong

    private List<Mutation> mutations(AccessWorld world, Operation op, Request base, Random random, int budget) {
        List<Mutation> fields = new ArrayList<>();
        List<Mutation> always = new ArrayList<>();
        JsonNode schema = op.jsonBody();
        boolean jsonBody = base.headers().getOrDefault("Content-Type", "").startsWith("application/json")
                || base.body() == null && !schema.isMissingNode();
        boolean patch = op.method().equals("PATCH");
        ObjectNode object = jsonBody ? (ObjectNode) valid(world, op, schema) : null;
        // A merge patch changes what it names: the empty one is valid, and each mutation names one field.
        String json = jsonBody ? patch ? "{}" : object.toString() : null;
        Request withBody = json == null ? base : body(base, "application/json", json);
        if (json != null) {
            bodyMutations(schema, object, "", patch, whole -> whole, withBody, fields);
            always.addAll(wholeBody(withBody, json));
        } else if (!op.reads() && base.body() != null) {
            always.addAll(fileBody(base));
        }
        for (JsonNode parameter : op.definition().path("parameters")) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (in.equals("query")) {
                for (String value : queryValues(parameter.path("schema"))) {
                    boolean breaks = !PLAIN.matcher(value).matches() || value.length() > 1_000 || breaks(value, parameter.path("schema"));
                    fields.add(new Mutation("query " + name + "=" + shown(value), breaks ? name : null, query(withBody, name, value), false));
                }
            } else if (in.equals("path")) {
                for (String value : List.of("%00", "a%01b", "-1", "9".repeat(40), "x".repeat(2000), "%C0%80", "%F0%9F%99%82", "%E2%80%AE")) {
                    boolean breaks = value.contains("%0") || value.length() > 1_000;
                    fields.add(new Mutation("path " + name + "=" + shown(value), breaks ? name : null, path(withBody, op, name, value), false));
                }
            }
        }
        if (!op.reads()) {
            for (String tag : List.of("*", "W/\"0\"", "\"abc\"", "abc", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "")) {
                always.add(new Mutation("If-Match: " + tag, null, withBody.with("If-Match", tag), false));
            }
        }
        if (op.method().equals("POST")) {
            for (String key : List.of("", " ", "x".repeat(300), "ключ-键")) {
                always.add(new Mutation("Idempotency-Key: " + shown(key), null, withBody.with("Idempotency-Key", key), !key.matches("\\p{ASCII}*")));
            }
            String reused = UUID.randomUUID().toString();
            always.add(new Mutation("Idempotency-Key reused (first)", null, withBody.with("Idempotency-Key", reused), false));
            if (json != null) {
                always.add(new Mutation("Idempotency-Key reused with another body", null,
                        body(withBody, "application/json", "{}").with("Idempotency-Key", reused), false));
            }
        }
        if (op.reads() && !op.path().contains("{") && op.queryParameters().contains("cursor")) {
            for (String cursor : forgedCursors()) {
                always.add(new Mutation("cursor " + shown(cursor), cursor.isEmpty() ? null : "cursor", query(base, "cursor", cursor), false));
            }
        }
        if (op.reads() && !op.path().contains("{") && rawSent.add(service)) {
            always.add(new Mutation("a request line of 10,000 bytes", null,
                    new Request("GET", op.path() + "?q=" + "x".repeat(10_000), Map.of(), null), true));
            always.add(new Mutation("headers of 40,000 bytes", null,
                    new Request("GET", op.path(), Map.of("X-Padding", "x".repeat(40_000)), null), true));
        }
        Collections.shuffle(fields, random);
        List<Mutation> chosen = new ArrayList<>(budget <= 0 ? fields : fields.subList(0, Math.min(budget, fields.size())));
        chosen.addAll(always);
        return chosen;
    }

    /**
     * Each property in turn, and each property of a nested object or array item: every rule of its
     * schema broken. {@code wrap} turns the object at this level, mutated, into the body sent: the
     * whole body with it in place, or for a merge patch, only what the mutation touches.
     */
    private static void bodyMutations(JsonNode schema, ObjectNode body, String prefix, boolean patch,
                                      java.util.function.Function<ObjectNode, ObjectNode> wrap, Request base, List<Mutation> out) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            String field = prefix + name;
            JsonNode type = property.getValue();
            boolean needed = required.contains(name) && !(patch && prefix.isEmpty());
            for (Wrong wrong : wrongValues(name, type, needed)) {
                ObjectNode copy = patch && prefix.isEmpty() ? NODES.objectNode() : body.deepCopy();
                copy.set(name, wrong.value);
                out.add(new Mutation(field + "=" + shown(wrong.value.toString()), wrong.breaks ? field : null,
                        body(base, "application/json", wrap.apply(copy).toString()), false));
            }
            if (needed) {
                ObjectNode copy = body.deepCopy();
                copy.remove(name);
                out.add(new Mutation("without " + field, field, body(base, "application/json", wrap.apply(copy).toString()), false));
            }
            if (!prefix.isEmpty()) {
                continue;
            }
            if (body.get(name) instanceof ObjectNode nested && type.has("properties")) {
                bodyMutations(type, nested, field + ".", patch, inner -> {
                    ObjectNode whole = patch ? NODES.objectNode() : body.deepCopy();
                    whole.set(name, inner);
                    return wrap.apply(whole);
                }, base, out);
            }
            if (type.path("items").has("properties") && body.get(name) instanceof ArrayNode array && array.size() > 0
                    && array.get(0) instanceof ObjectNode item) {
                bodyMutations(type.path("items"), item, field + "[0].", patch, inner -> {
                    ObjectNode whole = patch ? NODES.objectNode() : body.deepCopy();
                    ArrayNode items = array.deepCopy();
                    items.set(0, inner);
                    whole.set(name, items);
                    return wrap.apply(whole);
                }, base, out);
            }
        }
    }

    /**
     * A value for a property, and whether it breaks the schema whatever else the request says, so that a
     * 400 or 422 must name the property; the others (an empty text, a large number) may be fine for some
     * fields and are only checked for what every answer must be.
     */
    record Wrong(JsonNode value, boolean breaks) {
        static Wrong breaking(JsonNode value) {
            return new Wrong(value, true);
        }

        static Wrong maybe(JsonNode value) {
            return new Wrong(value, false);
        }
    }

    /** Values that break the property's schema, and values of the right type that no real record has. */
    private static List<Wrong> wrongValues(String name, JsonNode type, boolean required) {
        List<Wrong> values = new ArrayList<>();
        values.add(new Wrong(NODES.nullNode(), required));
        String kind = type.path("type").asText(type.has("properties") ? "object" : type.has("items") ? "array" : "string");
        switch (kind) {
            case "integer", "number" -> {
                boolean whole = kind.equals("integer");
                for (JsonNode v : List.of(NODES.textNode("abc"), NODES.booleanNode(true), NODES.arrayNode(),
                        NODES.numberNode(new java.math.BigInteger("9".repeat(40))))) {
                    values.add(Wrong.breaking(v));
                }
                values.add(new Wrong(NODES.numberNode(1.5), whole));
                values.add(new Wrong(NODES.numberNode(1e308), whole));
                for (JsonNode v : List.of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(2_147_483_647),
                        NODES.numberNode(2_147_483_648L), NODES.numberNode(-2_147_483_649L))) {
                    values.add(Wrong.maybe(v));
                }
            }
            case "boolean" -> {
                values.add(Wrong.breaking(NODES.textNode("yes")));
                values.add(Wrong.breaking(NODES.numberNode(1)));
                values.add(Wrong.breaking(NODES.textNode("")));
            }
            case "array" -> {
                values.add(Wrong.breaking(NODES.textNode("x")));
                values.add(Wrong.breaking(NODES.objectNode()));
                values.add(Wrong.maybe(NODES.arrayNode().addNull()));
                values.add(Wrong.maybe(NODES.arrayNode()));
                ArrayNode many = NODES.arrayNode();
                JsonNode item = valid(type.path("items"), name);
                for (int i = 0; i < 2_000; i++) {
                    many.add(item);
                }
                values.add(Wrong.maybe(many));
                if (!type.path("items").has("properties")) {
                    values.add(Wrong.breaking(NODES.arrayNode().add(NODES.textNode("a\u0000b"))));
                }
            }
            case "object" -> {
                values.add(Wrong.breaking(NODES.textNode("x")));
                values.add(Wrong.breaking(NODES.arrayNode().add(1)));
                values.add(Wrong.breaking(NODES.numberNode(1)));
            }
            default -> {
                for (JsonNode v : List.of(NODES.numberNode(12345), NODES.objectNode().put("a", 1), NODES.arrayNode().add("x"),
                        NODES.textNode("a\u0000b"), NODES.textNode("\u001b[31m"), NODES.textNode("a\ud800b"),
                        NODES.textNode("x".repeat(100_000)))) {
                    values.add(Wrong.breaking(v));
                }
                values.add(new Wrong(NODES.textNode(""), required));
                values.add(new Wrong(NODES.textNode("   "), required));
                for (JsonNode v : List.of(NODES.textNode("🙂"), NODES.textNode("../../etc/passwd"), NODES.textNode("' or 1=1 --"))) {
                    values.add(Wrong.maybe(v));
                }
                if (type.has("enum")) {
                    values.add(Wrong.breaking(NODES.textNode("NOT_A_VALUE")));
                    values.add(Wrong.breaking(NODES.textNode(type.path("enum").path(0).asText().toLowerCase())));
                }
                if ("date".equals(type.path("format").asText())) {
                    for (String day : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "2026-02-30",
                            "2026-13-01", "20260101", "2026-06-01T00:00:00Z")) {
                        values.add(Wrong.breaking(NODES.textNode(day)));
                    }
                    values.add(Wrong.breaking(NODES.numberNode(20_260_101)));
                    values.add(Wrong.maybe(NODES.textNode("1900-01-01")));
                }
                if (name.toLowerCase().contains("idcard")) {
                    for (String number : List.of("430121198013400012", "000000198001010019", "43012120990101001X")) {
                        values.add(Wrong.breaking(NODES.textNode(number)));
                    }
                    values.add(Wrong.maybe(NODES.textNode("43012119800101001x")));
                }
            }
        }
        return values;
    }

    /** The whole body wrong: not JSON, not an object, a key twice, something after it, nested too deep, the wrong media type. */
    private static List<Mutation> wholeBody(Request base, String json) {
        List<Mutation> out = new ArrayList<>();
        String first = json.length() > 2 && json.startsWith("{\"") ? json.substring(1, json.indexOf(',') > 0 ? json.indexOf(',') : json.length() - 1) : null;
        List<String[]> bodies = new ArrayList<>(List.of(new String[]{"an empty body", ""}, new String[]{"null", "null"},
                new String[]{"an array", "[]"}, new String[]{"a number", "42"}, new String[]{"a truncated object", json.substring(0, json.length() / 2)},
                new String[]{"not JSON", "<village/>"}, new String[]{"content after the object", json + " {}"},
                new String[]{"text after the object", json + "x"}, new String[]{"nested 10,000 deep", NESTED},
                new String[]{"objects nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)}));
        if (first != null) {
            bodies.add(new String[]{"a key twice", "{" + first + "," + json.substring(1)});
        }
        for (String[] b : bodies) {
            out.add(new Mutation("body: " + b[0], null, body(base, "application/json", b[1]), false));
        }
        out.add(new Mutation("body as text/plain", null, body(base, "text/plain", json), false));
        out.add(new Mutation("body as application/xml", null, body(base, "application/xml", json), false));
        out.add(new Mutation("body without a Content-Type", null, body(base, null, json), false));
        out.add(new Mutation("body in bytes that are not UTF-8", null, new Request(base.method(), base.pathAndQuery(),
                base.headers(), new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), false));
        return out;
    }

    /** A file upload (an import) wrong: no media type, another one, NUL bytes, bytes that are no charset's, a GBK file. */
    private static List<Mutation> fileBody(Request base) {
        String text = base.text();
        String type = base.headers().getOrDefault("Content-Type", "text/csv");
        List<Mutation> out = new ArrayList<>();
        out.add(new Mutation("file without a Content-Type", null, body(base, null, text), false));
        out.add(new Mutation("file as application/octet-stream", null, body(base, "application/octet-stream", text), false));
        out.add(new Mutation("file with a NUL", null, body(base, type, text.replaceFirst("\n", "\u0000\n")), false));
        out.add(new Mutation("file with a NUL in a field", null, body(base, type, text.replaceFirst(",", "\u0000,")), false));
        out.add(new Mutation("an empty file", null, body(base, type, ""), false));
        out.add(new Mutation("only a header", null, body(base, type, text.split("\n")[0] + "\n"), false));
        out.add(new Mutation("file in GBK without a charset", null, new Request(base.method(), base.pathAndQuery(), base.headers(),
                text.getBytes(java.nio.charset.Charset.forName("GBK"))), false));
        out.add(new Mutation("file in GBK declared UTF-8", null, new Request(base.method(), base.pathAndQuery(),
                Map.of("Content-Type", type + "; charset=utf-8"), text.getBytes(java.nio.charset.Charset.forName("GBK"))), false));
        out.add(new Mutation("file with an unknown charset", null, body(base, type + "; charset=x-nonsense", text), false));
        out.add(new Mutation("a line of 100,000 characters", null, body(base, type, text + "x".repeat(100_000) + "\n"), false));
        return out;
    }

    private static List<String> queryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("\u0000", "a\u0001b", "a\u007fb", "x".repeat(5_000), "", "-1", "0", "2147483648",
                "9".repeat(40), "1e3", "abc", "yes", "🙂", "' or 1=1 --", "+999999999-12-31", "0000-01-01", "2026-02-30"));
        if (schema.has("enum")) {
            values.add("NOT_A_VALUE");
        }
        return values;
    }

    /**
     * Whether a query value breaks what the document declares of its parameter: its type, bounds,
     * enumeration, pattern, format or length. An empty value counts as absent.
     */
    private static boolean breaks(String value, JsonNode schema) {
        if (value.isEmpty()) {
            return false;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.asText().equals(value);
            }
            return !listed;
        }
        switch (schema.path("type").asText()) {
            case "integer" -> {
                if (!value.matches("-?[0-9]{1,18}")) {
                    return true;
                }
                long n = Long.parseLong(value);
                boolean int32 = !"int64".equals(schema.path("format").asText());
                return schema.has("minimum") && n < schema.get("minimum").asLong()
                        || schema.has("maximum") && n > schema.get("maximum").asLong()
                        || int32 && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE);
            }
            case "boolean" -> {
                return !value.equals("true") && !value.equals("false");
            }
            default -> {
                String format = schema.path("format").asText();
                return schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value).find()
                        || schema.has("maxLength") && value.length() > schema.get("maxLength").asInt()
                        || format.equals("date") && !(value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && realDay(value))
                        || format.equals("uuid") && !value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
            }
        }
    }

    private static boolean realDay(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Cursors the service never gave out: garbage, our prefix with garbage behind it, a NUL, a key far too long. */
    private static List<String> forgedCursors() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        List<String> cursors = new ArrayList<>(List.of("garbage", "%%%", "", "Zm9v"));
        for (String key : List.of("k:", "k:\u0000", "k:zzz", "k:zzz|zzz", "k:2026-01-01|" + UUID.randomUUID(), "k:" + "9".repeat(500),
                "k:+999999999-12-31|" + UUID.randomUUID(), "k:" + UUID.randomUUID(), "k:a\u0000|" + UUID.randomUUID())) {
            cursors.add(b64.encodeToString(key.getBytes(StandardCharsets.UTF_8)));
        }
        return cursors;
    }

    // ---------------------------------------------------------------- building requests

    /** A body that passes the schema as far as it says: the world's values where it has them, the schema's examples, plain values. */
    private static JsonNode valid(AccessWorld world, Operation op, JsonNode schema) {
        JsonNode value = valid(schema, "");
        if (value instanceof ObjectNode object) {
            AccessWorld.Records a1 = world.at(Target.A1);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String known = a1.fields.get(world.field(op, name));
                if (known != null && object.get(name).isTextual()) {
                    object.put(name, known);
                }
            }
        }
        return value;
    }

    private static JsonNode valid(JsonNode schema, String name) {
        if (schema.has("example") && !schema.has("properties")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String kind = schema.path("type").asText(schema.has("properties") ? "object" : schema.has("items") ? "array" : "string");
        return switch (kind) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), valid(p.getValue(), p.getKey())));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(valid(schema.path("items"), name));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(false);
            default -> "date".equals(schema.path("format").asText()) ? NODES.textNode("2026-06-01")
                    : "date-time".equals(schema.path("format").asText()) ? NODES.textNode("2026-06-01T08:00:00Z")
                    : "uuid".equals(schema.path("format").asText()) ? NODES.textNode(UUID.randomUUID().toString())
                    : NODES.textNode("模糊测试");
        };
    }

    /** The request with this body; in JSON, half a surrogate pair goes as its escape, which UTF-8 cannot carry. */
    private static Request body(Request base, String contentType, String text) {
        String sent = contentType != null && contentType.startsWith("application/json")
                ? HALF_SURROGATE.matcher(text).replaceAll(c -> String.format("\\\\u%04x", (int) c.group().charAt(0))) : text;
        return new Request(base.method(), base.pathAndQuery(), base.with("Content-Type", contentType).headers(),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private static Request query(Request base, String name, String value) {
        String[] parts = base.pathAndQuery().split("\\?", 2);
        String kept = parts.length < 2 ? "" : String.join("&", java.util.Arrays.stream(parts[1].split("&"))
                .filter(p -> !p.startsWith(name + "=")).toList());
        String encoded = value.equals("%%%") ? "%25%25%25" : URLEncoder.encode(value, StandardCharsets.UTF_8);
        return new Request(base.method(), parts[0] + "?" + (kept.isEmpty() ? "" : kept + "&") + name + "=" + encoded, base.headers(), base.body());
    }

    /** The request with one path parameter replaced by an encoded value, as it would go on the wire. */
    private static Request path(Request base, Operation op, String name, String encoded) {
        String[] template = op.path().split("/");
        String[] actual = base.pathAndQuery().split("\\?", 2)[0].split("/");
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].equals("{" + name + "}")) {
                actual[i] = encoded;
            }
        }
        String query = base.pathAndQuery().contains("?") ? base.pathAndQuery().substring(base.pathAndQuery().indexOf('?')) : "";
        return new Request(base.method(), String.join("/", actual) + query, base.headers(), base.body());
    }

    private static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "␀");
        return printable.length() > 40 ? printable.substring(0, 20) + "…(" + value.length() + " chars)" : printable;
    }
}
