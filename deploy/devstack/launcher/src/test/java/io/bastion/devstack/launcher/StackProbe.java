package io.bastion.devstack.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks at the running stack from outside, as an operator's dashboards would: whether every
 * instance is ready, what each service's outbox still holds, how far each consumer group is behind.
 */
final class StackProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Stack stack;

    StackProbe(Stack stack) {
        this.stack = stack;
    }

    /**
     * Waits until the stack has caught up with everything written before this call: every instance
     * ready, every outbox row written by then published, and every consumer group past the end its
     * topics had once those rows were in. Returns how long that took.
     */
    Duration awaitCaughtUp(Duration within) {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        until(deadline, "every instance ready", this::allReady);
        Map<ServiceSpec, Long> written = until(deadline, "the outboxes readable", () -> perService(s -> query(s,
                "select coalesce(max(id), 0) from outbox")));
        until(deadline, "every outbox published up to its last row",
                () -> ServiceSpec.ALL.stream().allMatch(s -> query(s, "select count(*) from outbox where published_at is null and id <= "
                        + written.get(s)) == 0));
        try (Admin admin = stack.brokers().orElseThrow().admin()) {
            Map<TopicPartition, Long> ends = until(deadline, "the topics' ends", () -> ends(admin));
            until(deadline, "every consumer group at the topics' ends", () -> ServiceSpec.ALL.stream()
                    .allMatch(s -> caughtUp(admin, s.name(), ends)));
        }
        return Duration.between(start, Instant.now());
    }

    boolean allReady() {
        return stack.running().stream().allMatch(instance -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    /** A number the query answers on the service's database, read as the database's owner would; null when it is away. */
    Long query(ServiceSpec service, String sql) {
        try (Connection c = connect(service); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException away) {
            return null;
        }
    }

    /** An admin connection to the service's database, which row-level security does not narrow. */
    Connection connect(ServiceSpec service) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(stack.jdbcUrl(service), "postgres", "postgres");
    }

    private static Map<ServiceSpec, Long> perService(Function<ServiceSpec, Long> value) {
        Map<ServiceSpec, Long> values = new HashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            Long v = value.apply(service);
            if (v == null) {
                return null;
            }
            values.put(service, v);
        }
        return values;
    }

    private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
        var partitions = admin.describeTopics(ServiceSpec.ALL.stream().map(ServiceSpec::topic).toList()).allTopicNames().get(5, TimeUnit.SECONDS)
                .values().stream().flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Every partition of every topic the group consumes is committed up to its end; a partition never committed counts from 0. */
    private static boolean caughtUp(Admin admin, String group, Map<TopicPartition, Long> ends) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            var consumed = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
            return ends.entrySet().stream().filter(e -> consumed.contains(e.getKey().topic())).allMatch(e -> {
                OffsetAndMetadata at = committed.get(e.getKey());
                return (at == null ? 0 : at.offset()) >= e.getValue();
            });
        } catch (Exception notNow) {
            return false;
        }
    }

    /** Something to wait for: an answer, or null (or false) while it is not there yet. */
    interface Check<T> {
        T get() throws Exception;
    }

    static <T> T until(Instant deadline, String what, Check<T> check) {
        while (true) {
            try {
                T value = check.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (Exception notYet) {
                // tried again until the deadline
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not so by the deadline");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
