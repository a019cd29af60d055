package io.bastion.platform.events;

/** An event a service publishes on its own topic through the outbox; its data is the record's JSON. */
public interface OutgoingEvent {

    /** The CloudEvents type, e.g. {@code bastion.village.village-registered.v1}. */
    String type();

    /** The village the event is about: the Kafka record key and CloudEvents subject, so a village's events stay in order. */
    String villageCode();
}
