package io.bastion.devstack.launcher;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a drill's end state must show, each finding counted as lost (something acknowledged or
 * published that is not where it must be) or duplicated (something applied more often than it
 * happened): every acknowledged write readable at its version or later; every outbox row published
 * and on its topic; every event a consumer takes applied by it, once; every projection equal to
 * its source; and the statistics equal to the records.
 */
final class Reconciliation {

    private final StackProbe probe;
    private final String bootstrapServers;
    private final List<String> lost = new ArrayList<>();
    private final List<String> duplicated = new ArrayList<>();
    private int redelivered;

    Reconciliation(StackProbe probe, String bootstrapServers) {
        this.probe = probe;
        this.bootstrapServers = bootstrapServers;
    }

    List<String> lost() {
        return lost;
    }

    List<String> duplicated() {
        return duplicated;
    }

    /** Records Kafka holds twice or more: a relay resent them after a fault; consumers must have skipped them. */
    int redelivered() {
        return redelivered;
    }

    void acknowledgedWrites(DrillClient api) {
        for (DrillClient.Acknowledged write : api.ledger()) {
            int now = api.versionNow(write);
            if (now < write.version()) {
                lost.add(write.service().name() + " " + write.path() + " acknowledged at version " + write.version() + ", now " + now);
            }
        }
    }

    void outboxesPublished() throws SQLException {
        for (ServiceSpec service : ServiceSpec.ALL) {
            Set<String> outbox = pairs(service, "select event_id::text, event_type from outbox").keySet();
            long unpublished = probe.query(service, "select count(*) from outbox where published_at is null");
            if (unpublished > 0) {
                lost.add(service.name() + ": " + unpublished + " outbox rows never published");
            }
            Set<String> onTopic = eventIdsOn(service.topic());
            Set<String> missing = new HashSet<>(outbox);
            missing.removeAll(onTopic);
            if (!missing.isEmpty()) {
                lost.add(service.topic() + " lacks " + missing.size() + " events its outbox published, e.g. " + missing.iterator().next());
            }
        }
    }

    /**
     * For every source and every event type a consumer applies from it, the consumer applied each
     * such event the source published, and nothing the source never published.
     */
    void eventsAppliedOnce() throws SQLException {
        for (ServiceSpec source : ServiceSpec.ALL) {
            Map<String, String> published = pairs(source, "select event_id::text, event_type from outbox");
            for (ServiceSpec consumer : ServiceSpec.ALL) {
                if (consumer.equals(source)) {
                    continue;
                }
                Map<String, String> applied = pairs(consumer, "select event_id, event_type from processed_event where source = '/bastion/"
                        + source.name() + "'");
                Set<String> types = new HashSet<>(applied.values());
                long notApplied = published.entrySet().stream().filter(e -> types.contains(e.getValue()) && !applied.containsKey(e.getKey())).count();
                long phantom = applied.keySet().stream().filter(id -> !published.containsKey(id)).count();
                if (notApplied > 0) {
                    lost.add(consumer.name() + " never applied " + notApplied + " events of " + source.name() + " of the types " + types);
                }
                if (phantom > 0) {
                    duplicated.add(consumer.name() + " applied " + phantom + " events " + source.name() + " never published");
                }
            }
        }
    }

    /** Each consumer's copy of a record is the source's record at its last version, no more and no fewer. */
    void projectionsEqualSources() throws SQLException {
        Map<String, String> cases = pairs(ServiceSpec.VILLAGE, "select id::text, version::text from rectification_case");
        for (ServiceSpec consumer : List.of(ServiceSpec.PLAN, ServiceSpec.ASSISTANCE, ServiceSpec.SUPERVISION)) {
            compare("cases in " + consumer.name(), cases, pairs(consumer, "select case_id::text, case_version::text from case_file"));
        }
        compare("plans in supervision-service", pairs(ServiceSpec.PLAN, "select id::text, version::text || stage from plan"),
                pairs(ServiceSpec.SUPERVISION, "select plan_id::text, plan_version::text || stage from plan_file"));
        Map<String, String> pairings = pairs(ServiceSpec.ASSISTANCE, "select id::text, active::text from pairing");
        compare("pairings in plan-service", pairings, pairs(ServiceSpec.PLAN, "select pairing_id::text, active::text from partner_pairing"));
        compare("pairings in supervision-service", pairings, pairs(ServiceSpec.SUPERVISION, "select pairing_id::text, active::text from partner_pairing"));
        compare("pairings in village-service", pairings, pairs(ServiceSpec.VILLAGE, "select pairing_id::text, active::text from partner_pairing"));
        compare("pairings in supervision-service's figures", pairs(ServiceSpec.ASSISTANCE, "select id::text, version::text from pairing"),
                pairs(ServiceSpec.SUPERVISION, "select source_id, version::text from fact_source where source = 'pairing'"));
        compare("help in supervision-service's figures", pairs(ServiceSpec.ASSISTANCE, "select id::text, version::text from help_record"),
                pairs(ServiceSpec.SUPERVISION, "select source_id, version::text from fact_source where source = 'help'"));
    }

    /** The county's statistics, as the API answers them, against the records each figure counts. */
    void statisticsEqualRecords(Map<String, BigDecimal> figures) {
        figure(figures, "cases-identified", probe.query(ServiceSpec.VILLAGE, "select count(distinct village_code) from rectification_case"));
        figure(figures, "weekly-reports", probe.query(ServiceSpec.SUPERVISION, "select count(*) from weekly_report"));
        figure(figures, "acceptances-passed", probe.query(ServiceSpec.SUPERVISION, "select count(*) from acceptance where status = 'PASSED'"));
        figure(figures, "road-funds", probe.query(ServiceSpec.ASSISTANCE, "select coalesce(sum(amount_wan), 0)::bigint from help_record"
                + " where kind = 'ROAD' and voided_on is null"));
    }

    private void figure(Map<String, BigDecimal> figures, String key, long records) {
        int shown = figures.getOrDefault(key, BigDecimal.ZERO).compareTo(BigDecimal.valueOf(records));
        if (shown > 0) {
            duplicated.add("statistics " + key + " = " + figures.get(key) + ", records " + records);
        } else if (shown < 0) {
            lost.add("statistics " + key + " = " + figures.get(key) + ", records " + records);
        }
    }

    private void compare(String what, Map<String, String> source, Map<String, String> copy) {
        long missing = source.entrySet().stream().filter(e -> !e.getValue().equals(copy.get(e.getKey()))).count();
        long extra = copy.keySet().stream().filter(id -> !source.containsKey(id)).count();
        if (missing > 0) {
            lost.add(what + ": " + missing + " of " + source.size() + " missing or behind their source");
        }
        if (extra > 0) {
            duplicated.add(what + ": " + extra + " the source does not have");
        }
    }

    private Set<String> eventIdsOn(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader("ce_id");
                    if (id != null) {
                        seen.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
                    }
                }
            }
        }
        redelivered += (int) seen.values().stream().filter(n -> n > 1).count();
        return seen.keySet();
    }

    private Map<String, String> pairs(ServiceSpec service, String sql) throws SQLException {
        Map<String, String> values = new TreeMap<>();
        try (Connection c = probe.connect(service); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }
}
