package io.bastion.village.events;

/** An event village-service publishes on {@code bastion.village}; its data is the record's JSON. */
public interface VillageEvent {

    /** The CloudEvents type, e.g. {@code bastion.village.village-registered.v1}. */
    String type();

    /** The Kafka record key and CloudEvents subject. */
    String villageCode();
}
