package io.bastion.devstack.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * CloudEvents on the test broker, as Bastion's services exchange them: published in binary mode the
 * way another service's outbox relay sends them, and awaited on a topic the way a consumer sees them.
 */
public final class CloudEvents {

    private static KafkaProducer<String, String> producer;

    private CloudEvents() {
    }

    /** Publishes an event of {@code bastion.<service>} from {@code /bastion/<service>-service}; returns its id. */
    public static String publish(String topic, String type, String key, String data) {
        return publish(topic, UUID.randomUUID().toString(), type, key, data);
    }

    /** Publishes with a given id: the same id twice is a redelivery. */
    public static String publish(String topic, String id, String type, String key, String data) {
        return publish(topic, id, type, key, data, Instant.now());
    }

    /** Publishes an event that says it happened at {@code time} ({@code ce_time}), as a relay catching up would. */
    public static String publish(String topic, String id, String type, String key, String data, Instant time) {
        return send(record(topic, id, type, key, data, time), type);
    }

    /** Publishes an event written while serving a traced request: its {@code traceparent} header names that request's span. */
    public static String publishTraced(String topic, String type, String key, String data, String traceparent) {
        ProducerRecord<String, String> record = record(topic, UUID.randomUUID().toString(), type, key, data, Instant.now());
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
        return send(record, type);
    }

    private static ProducerRecord<String, String> record(String topic, String id, String type, String key, String data, Instant time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/bastion/" + topic.substring("bastion.".length()) + "-service",
                        "ce_type", type, "ce_subject", key, "ce_time", time.toString(), "content-type", "application/json")
                .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String send(ProducerRecord<String, String> record, String type) {
        String topic = record.topic();
        String id = CloudEvents.header(record.headers().lastHeader("ce_id"));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type + " to " + topic, e);
        }
        return id;
    }

    /** Waits up to 30 s until the topic holds at least {@code count} records the predicate wants; returns them all. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> wanted, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<ConsumerRecord<String, String>> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = TopicRecords.readAll(TestInfrastructure.shared().kafka.bootstrapServers(), topic).stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
        }
        throw new AssertionError("found " + found.size() + " of " + count + " records on " + topic + " after 30 s");
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return header(record.headers().lastHeader(name));
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
            KafkaProducer<String, String> created = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> created.close(java.time.Duration.ofSeconds(2))));
        }
        return producer;
    }
}
