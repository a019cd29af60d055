package io.bastion.devstack.infra;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bastion.devstack.infra.ServiceApi.Operation;
import io.bastion.devstack.infra.ServiceApi.Request;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The divisions {@link AccessMatrix} puts side by side, the callers it acts as, and what a service's
 * records look like in each: two cities of one province, two counties of one city, two townships of
 * one county, and a province next door. They lie in 湖南 and 广东, away from the 河南 counties the
 * services' other tests use, so that neither disturbs the other. A service's matrix test builds its records in every target
 * village and describes them here; the matrix does the rest from the OpenAPI document.
 */
public final class AccessWorld {

    /** The province, city, county and townships whose callers the matrix acts as. */
    public static final String PROVINCE = "43";
    public static final String CITY = "4301";
    public static final String COUNTY = "430121";
    public static final String TOWNSHIP = "430121101";

    /** The accounts a county leader's and a department's tokens name, paired with village A1 only. */
    public static final String LEADER_ACCOUNT = "matrix-leader";
    public static final String UNIT_ACCOUNT = "matrix-unit";

    /** Where the target villages lie, relative to the callers. */
    public enum Target {
        /** The township operator's township; the village the county leader and the department are paired with. */
        A1("430121101391"),
        /** The same township; nobody is paired with it. */
        A1_UNPAIRED("430121101392"),
        /** Another township of the same county. */
        A2("430121102391"),
        /** Another county of the same city. */
        B("430102001391"),
        /** A county of another city of the same province. */
        C("430211001391"),
        /** A county of another province. */
        D("440103001391");

        public final String village;

        Target(String village) {
            this.village = village;
        }

        public String township() {
            return village.substring(0, 9);
        }

        public String county() {
            return village.substring(0, 6);
        }
    }

    /** The callers: one token per role, each acting where a real one would. */
    public enum Caller {
        COUNTY_ADMIN("county-admin", COUNTY, false),
        TOWNSHIP_OPERATOR("township-operator", TOWNSHIP, false),
        COUNTY_LEADER("county-leader", COUNTY, true),
        DEPARTMENT("department", COUNTY, true),
        INSPECTOR("inspector", COUNTY, false),
        CITY_VIEWER("city-viewer", CITY, false),
        PROVINCE_VIEWER("province-viewer", PROVINCE, false),
        EXCHANGE_CLIENT("exchange-client", COUNTY, false);

        public final String role;
        public final String division;
        public final boolean paired;

        Caller(String role, String division, boolean paired) {
            this.role = role;
            this.division = division;
            this.paired = paired;
        }

        public String account() {
            return switch (this) {
                case COUNTY_LEADER -> LEADER_ACCOUNT;
                case DEPARTMENT -> UNIT_ACCOUNT;
                default -> "matrix-" + role;
            };
        }

        /**
         * Whether the caller reaches a record of the target: a village's record within its division (a
         * county leader's or a department's only in A1), or a county's reference data of its county,
         * those above it, or those below it.
         */
        public boolean reaches(Target target, boolean reference) {
            if (reference) {
                return target.county().startsWith(division) || division.startsWith(target.county());
            }
            return paired ? target == Target.A1 : target.village.startsWith(division);
        }
    }

    /** What a service keeps about one target village: the values requests name it by, and what must never leak. */
    public static final class Records {
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> queryFields = new LinkedHashMap<>();
        final Set<String> sentinels = new LinkedHashSet<>();
        final Set<String> referenceSentinels = new LinkedHashSet<>();
        final Map<String, Set<Caller>> personalData = new LinkedHashMap<>();

        /** The value of the path parameter that follows {@code collection}, e.g. {@code plans} → a plan id. */
        public Records path(String collection, String value) {
            pathValues.put(collection, value);
            return this;
        }

        /** The value of a query parameter or body field of this name, e.g. {@code caseId}. */
        public Records field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        /** The value of a query parameter of this name (and of no body field), e.g. {@code county}. */
        public Records queryField(String name, String value) {
            queryFields.put(name, value);
            return this;
        }

        /** Text that only a caller reaching the target may ever read: a name, an id. */
        public Records sentinel(String... texts) {
            for (String text : texts) {
                if (text == null || text.length() < 4) {
                    throw new IllegalArgumentException("a sentinel must be distinctive, not " + text);
                }
                sentinels.add(text);
            }
            return this;
        }

        /**
         * Text of the target county's reference data (a leader's name, a unit's), which only a caller
         * reaching that county's reference data may read.
         */
        public Records referenceSentinel(String... texts) {
            for (String text : texts) {
                if (text == null || text.length() < 4) {
                    throw new IllegalArgumentException("a sentinel must be distinctive, not " + text);
                }
                referenceSentinels.add(text);
            }
            return this;
        }

        /** An ID-card or phone number, shown in full only to these callers when they reach the target. */
        public Records personalData(String number, Caller... seeingIt) {
            personalData.put(number, Set.of(seeingIt));
            return this;
        }
    }

    final Map<Target, Records> records = new LinkedHashMap<>();
    final Set<String> referenceCollections = new LinkedHashSet<>();
    final Map<String, String> queryDefaults = new LinkedHashMap<>();
    final Map<String, Map<String, String>> queryByOperation = new LinkedHashMap<>();
    final Map<String, Function<Target, Body>> bodies = new LinkedHashMap<>();
    final Map<String, String> leaksAllowed = new LinkedHashMap<>();
    final Map<String, Set<Caller>> personal = new LinkedHashMap<>();
    final Map<String, Map<String, String>> aliases = new LinkedHashMap<>();

    /** A request body the matrix cannot make from the schema, such as a CSV import. */
    public record Body(String contentType, String text, String query) {
    }

    public AccessWorld() {
        for (Target t : Target.values()) {
            Records r = new Records().field("villageCode", t.village).field("township", t.township())
                    .field("townshipCode", t.township()).queryField("county", t.county()).sentinel(t.village);
            records.put(t, r);
        }
    }

    public Records at(Target target) {
        return records.get(target);
    }

    /** Requests as the county admin of the target's county: how a world's records are made. */
    public static RequestSpecification countyAdmin(Target target) {
        return as("county-admin", target.county(), "matrix-admin-" + target.county());
    }

    /** Requests as the township operator of the target's township. */
    public static RequestSpecification township(Target target) {
        return as("township-operator", target.township(), "matrix-township-" + target.township());
    }

    public static RequestSpecification as(String role, String division, String account) {
        String token = TestInfrastructure.shared().tokens.token(account, role, division, Duration.ofHours(1));
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    /**
     * A resident ID-card number that passes the check digit, unique per seed, born in 1980 in the
     * target's county: personal data for a world's people.
     */
    public static String idCard(Target target, int seed) {
        String body = target.county() + "19800101" + String.format("%03d", seed % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * Pairs the county leader and the department with A1's case, as assistance-service announces it,
     * and waits until both read what {@code probe} (a path of the service under test) names.
     */
    public static void pairPartnersWithA1(String caseId, String probe) {
        for (String[] partner : new String[][]{{LEADER_ACCOUNT, "COUNTY_LEADER_CONTACT", "LEADER"}, {UNIT_ACCOUNT, "WORK_TEAM", "UNIT"}}) {
            CloudEvents.publish("bastion.assistance", "bastion.assistance.pairing-created.v1", Target.A1.village,
                    "{\"pairingId\":\"" + UUID.randomUUID() + "\",\"caseId\":\"" + caseId + "\",\"villageCode\":\""
                            + Target.A1.village + "\",\"townshipCode\":\"" + Target.A1.township() + "\",\"form\":\"" + partner[1]
                            + "\",\"partnerAccount\":\"" + partner[0] + "\",\"partnerKind\":\"" + partner[2] + "\",\"partnerId\":\""
                            + UUID.randomUUID() + "\",\"envoys\":0,\"jointBranchSecretary\":false,\"startedOn\":\"2026-11-01\",\"version\":0}");
        }
        for (Caller caller : new Caller[]{Caller.COUNTY_LEADER, Caller.DEPARTMENT}) {
            awaitStatus(as(caller.role, caller.division, caller.account()), probe, 200);
        }
    }

    /** Waits up to 30 s until the path answers this status to these requests. */
    public static void awaitStatus(RequestSpecification request, String path, int status) {
        Instant deadline = Instant.now().plusSeconds(30);
        int now = -1;
        while (Instant.now().isBefore(deadline)) {
            now = RestAssured.given().spec(request).get(path).statusCode();
            if (now == status) {
                return;
            }
        }
        throw new IllegalStateException(path + " answers " + now + ", not " + status + ", after 30 s");
    }

    /** A mobile number unique per target and seed. */
    public static String phone(Target target, int seed) {
        return "139" + String.format("%02d", target.ordinal()) + String.format("%06d", seed);
    }

    /**
     * A path collection whose records are a county's reference data (its leaders, units, checklist),
     * readable from below: a county leader reads its county's units as much as a county admin does.
     */
    public AccessWorld reference(String... collections) {
        referenceCollections.addAll(List.of(collections));
        return this;
    }

    /**
     * A path collection whose records are addressed to callers of some roles only (a notification to
     * a township's operators): only those reach one, and only within their division.
     */
    public AccessWorld personal(String collection, Caller... addressees) {
        personal.put(collection, Set.of(addressees));
        return this;
    }

    /**
     * For one operation, the body property {@code property} takes the target's {@code field}: the
     * {@code code} of a village registered with {@code POST /api/v1/villages} is its villageCode.
     */
    public AccessWorld alias(String operation, String property, String field) {
        aliases.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(property, field);
        return this;
    }

    /** A query parameter every operation that has it gets, e.g. {@code from}. */
    public AccessWorld query(String name, String value) {
        queryDefaults.put(name, value);
        return this;
    }

    /** A query parameter for one operation ({@code "GET /api/v1/weekly-reports/owed"}), over the defaults. */
    public AccessWorld query(String operation, String name, String value) {
        queryByOperation.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** The body of one operation, per target. */
    public AccessWorld body(String operation, Function<Target, Body> body) {
        bodies.put(operation, body);
        return this;
    }

    /**
     * An operation whose answer may name records beyond the caller's own reach, and why: a published
     * bulletin is the county's word to every township.
     */
    public AccessWorld leakAllowed(String operation, String why) {
        leaksAllowed.put(operation, why);
        return this;
    }

    /** A text that must not reach a caller who does not reach its target (its county, for reference data). */
    record Sentinel(Target target, String text, boolean reference) {
    }

    List<Sentinel> sentinels() {
        List<Sentinel> all = new ArrayList<>();
        records.forEach((t, r) -> {
            r.sentinels.forEach(s -> all.add(new Sentinel(t, s, false)));
            r.referenceSentinels.forEach(s -> all.add(new Sentinel(t, s, true)));
        });
        return all;
    }

    private static final Map<String, AccessWorld> WORLDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The service's world, built once per test JVM: the authorization matrix and the bad-input suite
     * share one Quarkus boot and one database, so they share its records too.
     */
    static AccessWorld of(String service, java.util.function.Supplier<AccessWorld> build) {
        return WORLDS.computeIfAbsent(service, k -> build.get());
    }

    /** The operation's path with the target's values in it. */
    String fill(Operation op, Target target) {
        Records records = at(target);
        String path = op.path();
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String before = path.substring(0, parameter.start());
            String collection = before.substring(before.substring(0, before.length() - 1).lastIndexOf('/') + 1, before.length() - 1);
            String value = records.pathValues.get(collection);
            if (value == null) {
                throw new IllegalStateException("the access world has no " + collection + " for " + target
                        + " (needed by " + op.key() + "): add it with records.path(\"" + collection + "\", …)");
            }
            parameter.appendReplacement(filled, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    /** The request the matrix sends for the operation at the target: its path, filters and body, with the target's values. */
    Request request(Operation op, Target target) {
        Records records = at(target);
        String filled = fill(op, target);
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : op.queryParameters()) {
            String value = queryByOperation.getOrDefault(op.key(), Map.of()).get(name);
            if (value == null) {
                value = records.queryFields.containsKey(name) ? records.queryFields.get(name)
                        : records.fields.containsKey(name) ? records.fields.get(name) : queryDefaults.get(name);
            }
            if (value != null) {
                query.put(name, value);
            }
        }
        String contentType = null;
        String body = null;
        Body special = bodies.containsKey(op.key()) ? bodies.get(op.key()).apply(target) : null;
        if (special != null) {
            contentType = special.contentType();
            body = special.text();
            if (special.query() != null) {
                for (String pair : special.query().split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(kv[0], kv[1]);
                }
            }
        } else if (!op.reads() && op.definition().has("requestBody")) {
            ObjectNode json = ServiceApi.JSON.createObjectNode();
            op.bodyProperties().stream().filter(name -> records.fields.containsKey(field(op, name)))
                    .forEach(name -> json.put(name, records.fields.get(field(op, name))));
            contentType = "application/json";
            body = json.toString();
        }
        String queryText = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return Request.of(op.method(), filled + (queryText.isEmpty() ? "" : "?" + queryText), contentType, body);
    }

    /** The target's field a body property of the operation takes: its own name, unless the world aliases it. */
    String field(Operation op, String property) {
        return aliases.getOrDefault(op.key(), Map.of()).getOrDefault(property, property);
    }

}
