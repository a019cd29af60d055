package io.bastion.devstack.launcher;

import java.util.List;

/** One of the four services as the stack runs it: its port, its database and the topic it owns. */
record ServiceSpec(String name, int port, String database) {

    static final ServiceSpec VILLAGE = new ServiceSpec("village-service", 8081, "village");
    static final ServiceSpec PLAN = new ServiceSpec("plan-service", 8082, "plan");
    static final ServiceSpec ASSISTANCE = new ServiceSpec("assistance-service", 8083, "assistance");
    static final ServiceSpec SUPERVISION = new ServiceSpec("supervision-service", 8084, "supervision");
    static final List<ServiceSpec> ALL = List.of(VILLAGE, PLAN, ASSISTANCE, SUPERVISION);

    /** The topic the service owns: {@code bastion.village} for village-service, and so on. */
    String topic() {
        return "bastion." + database;
    }

    /** The dead-letter topic for events the service could not apply. */
    String deadLetterTopic() {
        return topic() + ".dlq";
    }
}
