package io.bastion.devstack.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void persistentPostgresKeepsItsDatabasesAcrossRestarts() throws Exception {
        int port = freePort();
        try (Postgres first = Postgres.persistent(data.resolve("pg"), port)) {
            assertTrue(first.ensureDatabase("village"));
            assertFalse(first.ensureDatabase("village"), "a second ensure must find the database");
            execute(first, "village", "create table kept (v text); insert into kept values ('still here')");
        }
        try (Postgres second = Postgres.persistent(data.resolve("pg"), port)) {
            assertFalse(second.ensureDatabase("village"));
            try (Connection c = DriverManager.getConnection(second.jdbcUrl("village"), second.user(), second.password());
                 ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertTrue(rs.next());
                assertEquals("still here", rs.getString(1));
            }
        }
    }

    @Test
    void persistentKafkaKeepsTopicsAndRecordsAcrossRestarts() throws Exception {
        int port = freePortPair();
        EmbeddedKafka kafka = EmbeddedKafka.external(KafkaNode.bootstrapServers(port, 1));
        String clusterId = Uuid.randomUuid().toString();
        try (KafkaNode first = KafkaNode.start(1, 1, port, clusterId, data.resolve("kafka"))) {
            kafka.ensureTopics(List.of("bastion.village"), 3, 1);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("bastion.village", "410423203201", "kept")).get();
            }
        }
        try (KafkaNode second = KafkaNode.start(1, 1, port, clusterId, data.resolve("kafka"))) {
            kafka.ensureTopics(List.of("bastion.village"), 3, 1);
            assertEquals(List.of("kept"), readAll(kafka, "bastion.village", 1));
        }
    }

    @Test
    void testResourceGivesADatabaseOfItsOwnAndAWorkingBroker() throws Exception {
        Map<String, String> config = new TestInfrastructure().start();
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("test_"), rs.getString(1));
        }
        EmbeddedKafka kafka = EmbeddedKafka.external(config.get("kafka.bootstrap.servers"));
        kafka.ensureTopics(List.of("probe"), 1, 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "k", "v")).get();
        }
        assertEquals(List.of("v"), readAll(kafka, "probe", 1));
        assertEquals(config, new TestInfrastructure().start(), "a second Quarkus boot must reuse the same servers and database");
    }

    private static List<String> readAll(EmbeddedKafka kafka, String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static void execute(Postgres postgres, String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port whose successor is free too, for a broker's client and controller listeners. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two adjacent free ports found");
    }
}
