package io.bastion.devstack.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What the command line asked for; see {@link #USAGE}. */
record LaunchOptions(
        Path dataDirectory,
        boolean fresh,
        boolean demo,
        Optional<String> pgUrl,
        String pgUser,
        String pgPassword,
        Optional<String> kafka,
        int portOffset,
        Optional<Path> home,
        Duration readyTimeout,
        String javaOptions,
        int replicas,
        int brokers) {

    static final String USAGE = """
            usage: java -jar deploy/devstack/launcher/target/bastion-devstack.jar [options]

              --data-dir DIR        where PostgreSQL, Kafka and the logs keep their data
                                    (default ~/.bastion/devstack); kept across restarts
              --fresh               wipe the data directory first
              --demo                load a generated county (鲁山县: 20 townships, 300 villages, 68 cases
                                    in every state, their plans, pairings, help, reports, a bulletin)
                                    through the APIs once the services are up; skipped when the data
                                    directory holds it already
              --pg-url URL          use this PostgreSQL instead of the embedded one: the JDBC URL of a
                                    database to connect to, e.g. jdbc:postgresql://db:5432/postgres
              --pg-user USER        its user (default postgres)
              --pg-password PASS    its password (default postgres)
              --kafka HOST:PORT     use this Kafka instead of the embedded one
              --replicas N          run N instances of each service (1 to 5, default 1), sharing its
                                    database and consumer group; instance k listens 10 × (k - 1)
                                    above the first, e.g. village-service on 8081 and 8091
              --brokers N           run an embedded Kafka of N brokers (1 to 5, default 1); from 3 on,
                                    every topic has 3 replicas and takes a write once 2 have it
              --port-offset N       add N to every port (services 8081-8084, PostgreSQL 15432,
                                    Kafka 19092 and up, two a broker), to run a second stack beside
                                    the first
              --home DIR            the checkout whose built services to start (default: the one
                                    this launcher was built in)
              --ready-timeout SEC   how long the services may take to become ready (default 120)
              --java-options OPTS   JVM options for each service (default "-Xmx512m")
              --help                this text
            """;

    static final int MAX_INSTANCES = 5;
    static final int INSTANCE_PORT_STEP = 10;

    static LaunchOptions parse(String... args) {
        Path dataDirectory = Path.of(System.getProperty("user.home"), ".bastion", "devstack");
        boolean fresh = false;
        boolean demo = false;
        String pgUrl = null;
        String pgUser = "postgres";
        String pgPassword = "postgres";
        String kafka = null;
        int portOffset = 0;
        Path home = null;
        Duration readyTimeout = Duration.ofSeconds(120);
        String javaOptions = "-Xmx512m";
        int replicas = 1;
        int brokers = 1;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--fresh" -> fresh = true;
                case "--demo" -> demo = true;
                case "--help", "-h" -> throw new UsageException(null);
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, option));
                case "--pg-url" -> pgUrl = value(args, ++i, option);
                case "--pg-user" -> pgUser = value(args, ++i, option);
                case "--pg-password" -> pgPassword = value(args, ++i, option);
                case "--kafka" -> kafka = value(args, ++i, option);
                case "--port-offset" -> portOffset = number(value(args, ++i, option), option, 0, 40000);
                case "--home" -> home = Path.of(value(args, ++i, option));
                case "--ready-timeout" -> readyTimeout = Duration.ofSeconds(number(value(args, ++i, option), option, 1, 3600));
                case "--java-options" -> javaOptions = value(args, ++i, option);
                case "--replicas" -> replicas = number(value(args, ++i, option), option, 1, MAX_INSTANCES);
                case "--brokers" -> brokers = number(value(args, ++i, option), option, 1, MAX_INSTANCES);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (pgUrl != null && !pgUrl.startsWith("jdbc:postgresql://")) {
            throw new UsageException("--pg-url takes a jdbc:postgresql:// URL, got " + pgUrl);
        }
        if (kafka != null && brokers > 1) {
            throw new UsageException("--brokers starts an embedded Kafka; it cannot go with --kafka");
        }
        return new LaunchOptions(dataDirectory.toAbsolutePath(), fresh, demo, Optional.ofNullable(pgUrl), pgUser, pgPassword,
                Optional.ofNullable(kafka), portOffset, Optional.ofNullable(home), readyTimeout, javaOptions, replicas, brokers);
    }

    int postgresPort() {
        return 15432 + portOffset;
    }

    /** The first broker's client port; its controller listens on the next one, and the next broker above. */
    int kafkaPort() {
        return 19092 + portOffset;
    }

    /** The port of instance {@code instance} (from 1) of a service. */
    int servicePort(ServiceSpec service, int instance) {
        return service.port() + portOffset + INSTANCE_PORT_STEP * (instance - 1);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, got " + value);
        }
    }

    /** A command line the launcher cannot act on; the message says why (none for --help). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
