package io.bastion.devstack.launcher;

import java.util.List;

/** One of the four services as the stack runs it: its port, its database and the topic it owns. */
record ServiceSpec(String name, int port, String database) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("village-service", 8081, "village"),
            new ServiceSpec("plan-service", 8082, "plan"),
            new ServiceSpec("assistance-service", 8083, "assistance"),
            new ServiceSpec("supervision-service", 8084, "supervision"));

    /** The topic the service owns: {@code bastion.village} for village-service, and so on. */
    String topic() {
        return "bastion." + database;
    }

    /** The dead-letter topic for events the service could not apply. */
    String deadLetterTopic() {
        return topic() + ".dlq";
    }
}
