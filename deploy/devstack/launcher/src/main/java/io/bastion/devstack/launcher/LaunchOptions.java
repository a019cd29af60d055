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
        String javaOptions) {

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
              --port-offset N       add N to every port (services 8081-8084, PostgreSQL 15432,
                                    Kafka 19092-19093), to run a second stack beside the first
              --home DIR            the checkout whose built services to start (default: the one
                                    this launcher was built in)
              --ready-timeout SEC   how long the services may take to become ready (default 120)
              --java-options OPTS   JVM options for each service (default "-Xmx512m")
              --help                this text
            """;

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
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (pgUrl != null && !pgUrl.startsWith("jdbc:postgresql://")) {
            throw new UsageException("--pg-url takes a jdbc:postgresql:// URL, got " + pgUrl);
        }
        return new LaunchOptions(dataDirectory.toAbsolutePath(), fresh, demo, Optional.ofNullable(pgUrl), pgUser, pgPassword,
                Optional.ofNullable(kafka), portOffset, Optional.ofNullable(home), readyTimeout, javaOptions);
    }

    int postgresPort() {
        return 15432 + portOffset;
    }

    /** The broker's client port; its controller listens on the next one. */
    int kafkaPort() {
        return 19092 + portOffset;
    }

    int servicePort(ServiceSpec service) {
        return service.port() + portOffset;
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
