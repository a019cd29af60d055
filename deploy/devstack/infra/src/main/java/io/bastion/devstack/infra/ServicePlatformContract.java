package io.bastion.devstack.infra;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every Bastion service promises its operators, whatever its domain: readiness that checks
 * the database and Kafka for real, an OpenAPI document that says who it is, Swagger UI, Prometheus
 * metrics (the outbox's backlog and the events applied, repeated and dead-lettered among them), traces
 * that an event's record carries into its consumer, sweeps that run once start-up is over, and a
 * Flyway-owned schema with the outbox and processed-event tables. A service's test
 * extends this class and runs under {@code @QuarkusTest} with {@link TestInfrastructure}.
 */
public abstract class ServicePlatformContract {

    private final String serviceName;

    protected ServicePlatformContract(String serviceName) {
        this.serviceName = serviceName;
    }

    /** An event another service publishes and this one applies, as it would be on the wire. */
    public record ConsumedEvent(String topic, String type, String key, String data) {
    }

    /** An event this service applies: what its consumption metrics are proven on. */
    protected abstract ConsumedEvent consumedEvent();

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    /**
     * A browser page from an origin in BASTION_CORS_ORIGINS (here the test profile's) may call the API
     * and read the headers a client needs; a page from any other origin may not.
     */
    @Test
    void browsersMayCallFromTheConfiguredOriginsOnly() {
        String allowed = "https://frontend.bastion.example";
        given().header("Origin", allowed).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/audit")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowed)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("if-match"));
        given().header("Origin", allowed).when().get("/q/health/live")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", allowed)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Idempotent-Replayed")));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/audit")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").when().get("/q/health/live")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiNamesTheServiceItsVersionAndContact() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Bastion " + serviceName))
                .body("info.version", not(emptyOrNullString()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.contact.name", not(emptyOrNullString()))
                .body("info.contact.email", containsString("@"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_"))
                .body(containsString("bastion_outbox_backlog "))
                .body(containsString("bastion_outbox_oldest_age_seconds "))
                .body(containsString("bastion_outbox_relay_leader "));
    }

    @Test
    void eventsAppliedRepeatedAndDeadLetteredAreCountedByType() {
        ConsumedEvent event = consumedEvent();
        double applied = counter("bastion_events_applied_total", event.type());
        double repeated = counter("bastion_events_repeated_total", event.type());
        double deadLettered = counter("bastion_events_dead_lettered_total", event.type());
        String id = UUID.randomUUID().toString();
        CloudEvents.publish(event.topic(), id, event.type(), event.key(), event.data());
        CloudEvents.publish(event.topic(), id, event.type(), event.key(), event.data());
        CloudEvents.publish(event.topic(), event.type(), event.key(), "not json");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && !(counter("bastion_events_applied_total", event.type()) > applied
                && counter("bastion_events_repeated_total", event.type()) > repeated
                && counter("bastion_events_dead_lettered_total", event.type()) > deadLettered)) {
            Thread.onSpinWait();
        }
        assertEquals(applied + 1, counter("bastion_events_applied_total", event.type()), "applied once");
        assertEquals(repeated + 1, counter("bastion_events_repeated_total", event.type()), "its redelivery skipped");
        assertEquals(deadLettered + 1, counter("bastion_events_dead_lettered_total", event.type()), "the unreadable one dead-lettered");
    }

    /** An event is applied in a span of the trace its {@code traceparent} header names, and that span is exported. */
    @Test
    void anEventIsAppliedInTheTraceItsRecordCarriesAndTheSpanIsExported() {
        ConsumedEvent event = consumedEvent();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        CloudEvents.publishTraced(event.topic(), event.type(), event.key(), event.data(), "00-" + traceId + "-b7ad6b7169203331-01");
        assertTrue(TestInfrastructure.shared().collector.awaitTrace(traceId), "no span of trace " + traceId + " reached the collector");
    }

    /** A counter's value for an event type as /q/metrics shows it; 0 before it was first counted. */
    private static double counter(String name, String type) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*type=\"" + Pattern.quote(type) + "\"[^}]*} ([0-9.eE+-]+)$")
                .matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void flywayOwnsTheSchemaWithOutboxAndProcessedEventTables() throws SQLException {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database),
                infra.postgres.user(), infra.postgres.password())) {
            assertEquals(List.of("outbox", "processed_event"), strings(c,
                    "select table_name from information_schema.tables"
                            + " where table_schema = 'public' and table_name in ('outbox', 'processed_event') order by 1"));
            assertEquals(List.of("1:true"), strings(c,
                    "select version || ':' || success from flyway_schema_history where version = '1'"));
        }
    }

    /**
     * The retention purge runs every few seconds under test: it deletes published outbox rows, processed
     * events and idempotency records past their time, and nothing younger.
     */
    @Test
    void retentionDeletesTheBookkeepingPastItsTimeAndNothingYounger() throws SQLException {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        String old = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database),
                infra.postgres.user(), infra.postgres.password())) {
            for (String[] row : new String[][]{{old, "8 days"}, {young, "6 days"}}) {
                execute(c, "insert into outbox (event_id, event_type, subject, payload, occurred_at, published_at) values ('" + row[0]
                        + "', 'bastion.platform.retention-probe.v1', '410423298199', '{}', now() - interval '" + row[1]
                        + "', now() - interval '" + row[1] + "')");
                execute(c, "insert into idempotency_record (caller, idempotency_key, request_hash, status, created_at) values"
                        + " ('retention-probe', '" + row[0] + "', 'x', 201, now() - interval '" + row[1] + "')");
            }
            execute(c, "insert into processed_event (source, event_id, event_type, processed_at) values ('retention-probe', '" + old
                    + "', 'probe', now() - interval '31 days'), ('retention-probe', '" + young + "', 'probe', now() - interval '29 days')");
            String left = "select (select string_agg(cast(event_id as text), ',') from outbox where event_id in ('" + old + "', '" + young
                    + "')) || '|' || (select string_agg(event_id, ',') from processed_event where source = 'retention-probe')"
                    + " || '|' || (select string_agg(idempotency_key, ',') from idempotency_record where caller = 'retention-probe')";
            String expected = young + "|" + young + "|" + young;
            Instant deadline = Instant.now().plusSeconds(30);
            String now = strings(c, left).get(0);
            while (!expected.equals(now) && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                now = strings(c, left).get(0);
            }
            assertEquals(expected, now, "what is past its time is gone, what is not stays");
        }
    }

    /**
     * The service's sweeps run once start-up is over: an outbox row a crash left unpublished (committed,
     * never sent) goes out with the outbox sweep, though no new write wakes the relay.
     */
    @Test
    void theOutboxSweepSendsWhatACrashLeftUnpublished() throws SQLException {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        String probe = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database),
                infra.postgres.user(), infra.postgres.password())) {
            execute(c, "insert into outbox (event_id, event_type, subject, payload) values ('" + probe
                    + "', 'bastion.platform.sweep-probe.v1', '410423298199', '{}')");
            String published = "select count(*) from outbox where event_id = '" + probe + "' and published_at is not null";
            Instant deadline = Instant.now().plusSeconds(30);
            while (strings(c, published).get(0).equals("0") && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            assertEquals("1", strings(c, published).get(0), "the unpublished row was sent within 30 s");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The tables no request reads across callers, which stay outside row-level security: the platform's
     * outbox, processed events and idempotency records, and Flyway's history. A service that keeps
     * more such bookkeeping adds it here, saying why.
     */
    protected Set<String> unscopedTables() {
        return Set.of("outbox", "processed_event", "idempotency_record", "flyway_schema_history");
    }

    /**
     * Every table of the service's schema keeps its rows inside a division: it has a {@code division}
     * column, row-level security is on and forced for the owner, and the platform's scope policy is
     * there. Only the tables no request reads across callers are exempt. The service connects as an
     * account that row-level security binds.
     */
    @Test
    void everyTableIsScopedByRowLevelSecurity() throws SQLException {
        TestInfrastructure.Shared infra = TestInfrastructure.shared();
        try (Connection c = DriverManager.getConnection(infra.postgres.jdbcUrl(infra.database),
                infra.postgres.user(), infra.postgres.password())) {
            List<String> unscoped = strings(c, "select c.relname || ': ' || concat_ws(', ',"
                    + " case when not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'division'"
                    + "   and not a.attisdropped) then 'no division column' end,"
                    + " case when not c.relrowsecurity then 'row-level security off' end,"
                    + " case when not c.relforcerowsecurity then 'not forced for the owner' end,"
                    + " case when not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'bastion_scope')"
                    + "   then 'no bastion_scope policy' end)"
                    + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind in ('r', 'p')"
                    + " and c.relname not in (" + unscopedTables().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", ")) + ")"
                    + " and not (c.relrowsecurity and c.relforcerowsecurity"
                    + "   and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'bastion_scope'))"
                    + " order by 1");
            assertEquals(List.of(), unscoped, "tables outside the scope");
            assertEquals(List.of("false:false"), strings(c, "select rolsuper || ':' || rolbypassrls from pg_roles"
                    + " where rolname = '" + Postgres.APP_USER + "'"));
            assertEquals(List.of(Postgres.APP_USER), strings(c, "select pg_get_userbyid(datdba) from pg_database"
                    + " where datname = current_database()"));
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
